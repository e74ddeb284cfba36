import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { directionOf, isLocale, type Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';
import { translatorAt } from '@/lib/notifications/template-kit';
import { messagesFor } from '@/lib/notifications/messages';
import type { Letter } from '@/lib/letters/document';
import { addDays, cityDayKey, cityWallTime } from '@/lib/time/seoul';
import { formatEffective, formatWon } from '../format';
import { isProgrammeCode } from '../programmes';

/** Bumped when the letter's wording changes in a way its hash alone would not explain. */
export const LETTER_TEXT_VERSION = '2026.1';
/** Days a resident has to ask for a review (an administrative appeal in Korea: 90 days from notice). */
export const REVIEW_DAYS = 90;

// What the letter shows of the submitted answers: the name as the applicant wrote it, and the
// account as masked on screen (the full number stays sealed).
const answersSchema = z
  .object({
    applicant: z.object({ fullName: z.string() }).optional(),
    bank: z.object({ bankName: z.string(), holder: z.string(), accountMasked: z.string() }).optional(),
  })
  .catch({});
const decisionData = z.object({ amount: z.number().optional(), reason: z.string().optional(), ruleVersion: z.string().nullable().optional() });

/** The hash of the letter texts in a locale: which wording a stored letter was made from. */
export function letterTextHash(locale: Locale) {
  const texts = (messagesFor(locale) as Record<string, unknown>).SupportLetter;
  return crypto.createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}

/** A reference, a phone number or an account inside right-to-left text stays one left-to-right run. */
const ltr = (text: string, locale: Locale) => (directionOf(locale) === 'rtl' ? `\u2066${text}\u2069` : text);

/**
 * The decision letter of one decision event, in the application's language: what was decided
 * (the amount or the reason in words, with the caseworker's explanation), the rule version, the
 * payment account as masked on screen, how to ask for a review and by when, and whom to call.
 */
export async function supportLetterContent(db: Db, letter: { caseId: string; eventId: string; locale: string }): Promise<{ letter: Letter; locale: Locale }> {
  const locale: Locale = isLocale(letter.locale) ? letter.locale : 'ko';
  const [kase, event, app, city, service] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: letter.caseId }, select: { reference: true } }),
    db.caseEvent.findUniqueOrThrow({ where: { id: letter.eventId }, select: { type: true, note: true, data: true, createdAt: true } }),
    db.supportApplication.findUniqueOrThrow({ where: { caseId: letter.caseId }, select: { answers: true, residentId: true, programme: { select: { code: true } } } }),
    db.city.findFirst({ orderBy: { createdAt: 'asc' }, select: { name: true, agency: true, phone: true, website: true } }),
    db.service.findFirst({ where: { kind: 'CONSULTATION', active: true }, select: { center: { select: { name: true, phone: true } } } }),
  ]);
  const t = translatorAt(locale, 'SupportLetter');
  const tp = translatorAt(locale, 'Support.programmes');
  const answers = answersSchema.parse(app.answers ?? {});
  const name = answers.applicant?.fullName ?? (await db.resident.findUnique({ where: { id: app.residentId }, select: { name: true } }))?.name ?? '';
  const data = decisionData.parse(event.data ?? {});
  const programme = isProgrammeCode(app.programme.code) ? tp(`${app.programme.code}.name`) : app.programme.code;
  const cityName = city ? resolveText(city.name, locale).text : '';
  const agency = city ? resolveText(city.agency, locale).text : '';
  const centre = service?.center ? { name: resolveText(service.center.name, locale).text, phone: service.center.phone } : { name: agency, phone: city?.phone ?? '' };
  const decidedOn = formatEffective(event.createdAt, locale);
  const rules = data.ruleVersion ? [[t('rules'), t('rulesValue', { version: data.ruleVersion })] as [string, string]] : [];
  const common = {
    header: { title: cityName, lines: [agency, ltr([city?.phone, city?.website].filter(Boolean).join(' · '), locale)].filter(Boolean) },
    title: t('title'),
    meta: [
      [t('reference'), ltr(kase.reference, locale)],
      [t('date'), decidedOn],
    ] as [string, string][],
    greeting: t('greeting', { name }),
    closing: t('closing'),
    signature: agency,
    footer: t('footer', { agency }),
  };
  const contact = t('contact', { centre: centre.name, phone: ltr(centre.phone, locale) });
  if (event.type === 'approved') {
    const bank = answers.bank;
    return {
      locale,
      letter: {
        ...common,
        paragraphs: [t('approved.lead', { programme })],
        facts: [
          [t('programme'), programme],
          [t('approved.amount'), formatWon(data.amount ?? 0, locale)],
          ...(bank ? [[t('approved.account'), t('approved.accountValue', { bank: bank.bankName, account: ltr(bank.accountMasked, locale), holder: bank.holder })] as [string, string]] : []),
          ...(event.note ? [[t('explanation'), event.note] as [string, string]] : []),
          ...rules,
        ],
        after: [t('approved.next'), contact],
      },
    };
  }
  const reason = data.reason && ['not_eligible', 'income_over_limit', 'no_evidence', 'duplicate', 'other'].includes(data.reason) ? data.reason : 'other';
  const reviewBy = cityWallTime(addDays(cityDayKey(event.createdAt), REVIEW_DAYS), '23:59');
  return {
    locale,
    letter: {
      ...common,
      paragraphs: [t('refused.lead', { programme })],
      facts: [
        [t('programme'), programme],
        [t('refused.reason'), t(`refused.reasons.${reason}`)],
        ...(event.note ? [[t('explanation'), event.note] as [string, string]] : []),
        ...rules,
        [t('refused.reviewBy'), formatEffective(reviewBy, locale)],
      ],
      after: [t('refused.review'), contact],
    },
  };
}
