import type { z } from 'zod';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import { toHtml, toText, type Attachment } from './email-layout';
import { momentIn, translatorAt, translatorFor, type TemplateDefinition } from './template-kit';
import { escapeHtml } from './escape-html';
import { maskSecret, SECRET_MASK, type SecretKind } from './secrets';
import { contactChangeConfirm } from './emails/contact-change-confirm';
import { contactChangeNotice } from './emails/contact-change-notice';
import { genericCaseMessage } from './emails/generic-case-message';
import { caseTemplatedMessage } from './emails/case-templated-message';
import { residentSignInCode } from './emails/resident-sign-in-code';
import { staffInvitation } from './emails/staff-invitation';
import { phoneChangeCode } from './emails/phone-change-code';
import { phoneChangeNotice } from './emails/phone-change-notice';
import { consultationAccessCode } from './emails/consultation-access-code';
import { consultationBooked } from './emails/consultation-booked';
import { consultationCancelled } from './emails/consultation-cancelled';
import { consultationReminder } from './emails/consultation-reminder';
import { consultationRescheduled } from './emails/consultation-rescheduled';
import { classApplied, classEnrolled, classOffered, classWaitlisted } from './emails/class-messages';
import { newsletterConfirm } from './emails/newsletter-confirm';
import { newsletterIssue } from './emails/newsletter-issue';
import { supportSubmitted } from './emails/support-submitted';
import { supportInfoRequested } from './emails/support-info-requested';

/**
 * The named messages the portal sends. Their words live in messages/<locale>.json under
 * `Email.<template>.*` (ICU MessageFormat), so translators work on them like on any page.
 */
export const templates = {
  residentSignInCode,
  staffInvitation,
  contactChangeConfirm,
  contactChangeNotice,
  genericCaseMessage,
  caseTemplatedMessage,
  phoneChangeCode,
  phoneChangeNotice,
  consultationBooked,
  consultationRescheduled,
  consultationCancelled,
  consultationReminder,
  consultationAccessCode,
  classEnrolled,
  classWaitlisted,
  classApplied,
  classOffered,
  newsletterConfirm,
  newsletterIssue,
  supportSubmitted,
  supportInfoRequested,
} satisfies Record<string, TemplateDefinition>;

export type TemplateName = keyof typeof templates;
export const templateNames = Object.keys(templates) as TemplateName[];

/** What the caller passes (dates as Date objects; strings are trimmed and checked). */
export type TemplateParams<N extends TemplateName> = z.input<(typeof templates)[N]['params']>;

export type RenderedMessage = { subject: string; text: string; html: string; attachments: Attachment[] };

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === 'string' && Object.hasOwn(templates, value);
}

/** A person's stored language as a portal locale, Korean when unknown (e.g. Resident.preferredLocale). */
export function recipientLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/**
 * Renders a template in one locale. Throws when the params are invalid or a message is missing
 * in that locale: a half-translated or broken email is worse than an error the caller sees.
 */
export function renderTemplate<N extends TemplateName>(name: N, locale: Locale, params: TemplateParams<N>): RenderedMessage {
  const definition = definitionOf(name);
  return compose(definition, name, locale, definition.params.parse(params));
}

export type StaffCopy = { subject: string; text: string; html: string };

/**
 * The same message as staff may read it (docs/decisions/010): rendered again with every secret
 * the template declares replaced by its mask, so the words around it stay as sent. As a second
 * line, any real secret value still found (a template that used one twice, differently) is
 * masked too. Attachments are left out: staff see their names, never their content.
 */
export function renderStaffCopy<N extends TemplateName>(name: N, locale: Locale, params: TemplateParams<N>): StaffCopy {
  const definition = definitionOf(name);
  const parsed = definition.params.parse(params) as Record<string, unknown>;
  const secrets = Object.entries(definition.secrets as Record<string, SecretKind>);
  const masked = { ...parsed };
  for (const [key, kind] of secrets) masked[key] = maskSecret(kind, String(parsed[key]));
  const { subject, text, html } = compose(definition, name, locale, masked);
  const values = secrets.map(([key]) => String(parsed[key])).filter((value) => value.length >= 4);
  const scrub = (content: string) => values.reduce((out, value) => out.replaceAll(value, SECRET_MASK).replaceAll(escapeHtml(value), SECRET_MASK), content);
  return { subject: scrub(subject), text: scrub(text), html: scrub(html) };
}

// Each definition is checked against its own params by `satisfies` above; here they are one type.
const definitionOf = (name: TemplateName) => templates[name] as unknown as TemplateDefinition;

function compose(definition: TemplateDefinition, name: TemplateName, locale: Locale, params: unknown): RenderedMessage {
  const common = translatorFor(locale, 'common');
  const content = definition.build({ params, locale, t: definition.namespace ? translatorAt(locale, definition.namespace) : translatorFor(locale, name), common, at: momentIn(locale) });
  const doc = { ...content, locale, footer: common('footer'), linkHint: common('linkHint') };
  return { subject: content.subject, text: toText(doc), html: toHtml(doc), attachments: content.attachments ?? [] };
}
