import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { escapeHtml } from '@/lib/notifications/escape-html';
import { maskLegacyText, maskLink, maskSecret, SECRET_MASK, type SecretKind } from '@/lib/notifications/secrets';
import { renderStaffCopy, renderTemplate, templateNames, templates, type TemplateName, type TemplateParams } from '@/lib/notifications/templates';

/**
 * Staff read every message in the mail view, but must never read a code or a private link in it
 * (docs/decisions/010). These tests fail when a template carries a secret its declaration does
 * not name, so a new template cannot leak one by forgetting it.
 */

/** A param whose name says it may be a secret must be declared one, or be listed here with a reason. */
const looksSecret = /code|url|link|href|token|secret|password|otp|pin|key/i;
const notSecret: Partial<Record<TemplateName, Record<string, string>>> = {
  consultationCancelled: { bookAgainUrl: 'the booking page, the same for everyone' },
  classEnrolled: { sectionUrl: 'the public page of the section; acting on the enrolment needs the resident to sign in' },
  classWaitlisted: { sectionUrl: 'the public page of the section; acting on the enrolment needs the resident to sign in' },
  classOffered: { sectionUrl: 'the public page of the section; accepting the offer needs the resident to sign in' },
  classApplied: { sectionUrl: 'the public page of the section and its lottery; acting on the application needs the resident to sign in' },
  newsletterIssue: { issueUrl: 'the public page of the issue, the same for everyone' },
  supportSubmitted: { requestsUrl: 'the "my requests" page, behind sign-in, the same for everyone' },
  supportInfoRequested: { requestsUrl: 'the "my requests" page, behind sign-in, the same for everyone' },
};

const at = new Date('2026-12-06T15:30:00Z');
// Each secret value is unique and easy to find; a link's token is what must not show, not just the link.
const token = (name: string) => `Tk${name}9Qz_Sentinel`;
const link = (name: string, shape: 'query' | 'path') =>
  shape === 'query' ? `https://portal.example/admin/invitation?token=${token(name)}` : `https://portal.example/vi/consultations/manage/cm${name.toLowerCase()}.1.${token(name)}`;

const appointment = (name: string) => ({
  bookingId: 'cmbooking000000001',
  reference: 'CO-7KQ3-XP9M',
  topic: 'Wages and labour',
  startsAt: at,
  endsAt: new Date(at.getTime() + 3600_000),
  channel: 'PHONE' as const,
  centreName: 'Foreign Residents Consultation Center',
  centreAddress: '1 Wongok-ro, Danwon-gu, Ansan',
  centrePhone: '+82-31-599-0000',
  manageUrl: link(name, 'path'),
  sequence: 2,
});

const classSection = {
  reference: 'KC-7KQ3-XP9M',
  level: 'KIIP_2' as const,
  termYear: 2027,
  termNumber: 1,
  days: [0, 3],
  startTime: '19:00',
  endTime: '21:00',
  centreName: 'Multicultural Immigrant Plus Center',
  centreAddress: '1 Wongok-ro, Danwon-gu, Ansan',
  startsOn: at,
  sectionUrl: 'https://portal.example/vi/classes/cmsection0001',
};

const sentinels: { [N in TemplateName]: TemplateParams<N> } = {
  residentSignInCode: { code: '917364', expiresAt: at },
  staffInvitation: { inviterName: 'Kim Min-ji', url: link('invite', 'query'), expiresAt: at },
  contactChangeConfirm: { url: `https://portal.example/en/account/confirm-email?token=${token('email')}`, newEmail: 'new@example.com' },
  contactChangeNotice: { newEmail: 'new@example.com', changedAt: at },
  genericCaseMessage: { reference: 'CO-7KQ3-XP9M', body: 'Please bring your passport.' },
  caseTemplatedMessage: { reference: 'CO-7KQ3-XP9M', title: 'Documents needed', body: 'Please bring your passport.' },
  phoneChangeCode: { code: '530288', expiresAt: at },
  phoneChangeNotice: { newPhone: '+821012345678', changedAt: at },
  consultationBooked: { ...appointment('booked'), lastChangeDay: at },
  consultationRescheduled: { ...appointment('moved'), lastChangeDay: at },
  consultationCancelled: { ...appointment('cancel'), bookAgainUrl: 'https://portal.example/vi/consultations/book', byStaff: true },
  consultationReminder: appointment('remind'),
  consultationAccessCode: { code: '640915', reference: 'CO-7KQ3-XP9M', expiresAt: at },
  classEnrolled: classSection,
  classWaitlisted: { ...classSection, position: 2 },
  classOffered: { ...classSection, expiresAt: at },
  classApplied: { ...classSection, closesAt: at },
  newsletterConfirm: { url: `https://portal.example/km/newsletter/confirm/cmsub0001.1.${token('confirm')}`, language: 'Khmer' },
  newsletterIssue: {
    number: '43',
    issueTitle: 'Autumn 2026',
    issueUrl: 'https://portal.example/km/newsletter/43',
    articles: [{ title: 'Counselling in 15 languages', summary: 'Since 2008.', url: 'https://portal.example/km/newsletter/43/consultation-center' }],
    unsubscribeUrl: `https://portal.example/km/newsletter/unsubscribe/cmsub0001.1.${token('unsub')}`,
  },
  supportSubmitted: { reference: 'ES-7KQ3-XP9M', programme: 'Medical expenses', requestsUrl: 'https://portal.example/vi/account' },
  supportInfoRequested: { reference: 'ES-7KQ3-XP9M', request: 'A copy of the hospital bill.', dueAt: new Date('2026-12-15T14:59:00Z'), requestsUrl: 'https://portal.example/vi/account' },
};

const declared = (name: TemplateName) => templates[name].secrets as Record<string, SecretKind>;
const paramNames = (name: TemplateName) => {
  const schema = templates[name].params;
  expect(schema, `${name} params`).toBeInstanceOf(z.ZodObject);
  return Object.keys((schema as z.ZodObject).shape);
};

// Calendar files fold long lines (RFC 5545): a line break and a space or tab inside a value.
const unfold = (content: string) => content.replace(/\r?\n[ \t]/g, '');

/** The values a reader could use: the whole secret, and a link's token on its own. */
function usableParts(name: TemplateName): string[] {
  const params = sentinels[name] as Record<string, unknown>;
  return paramNames(name)
    .filter((param) => looksSecret.test(param) && !notSecret[name]?.[param])
    .flatMap((param) => {
      const value = String(params[param]);
      const url = URL.canParse(value) ? new URL(value) : undefined;
      return url ? [value, ...value.split(/[/?&=]/).filter((part) => part.includes('Sentinel'))] : [value];
    });
}

describe('secrets declared by the templates', () => {
  it.each(templateNames)('%s declares every param that looks like a secret, and only its own params', (name) => {
    const params = paramNames(name);
    const undeclared = params.filter((param) => looksSecret.test(param) && !(param in declared(name)) && !notSecret[name]?.[param]);
    expect(undeclared).toEqual([]);
    for (const param of Object.keys(declared(name))) expect(params).toContain(param);
    for (const param of Object.keys(notSecret[name] ?? {})) expect(declared(name)).not.toHaveProperty(param);
  });

  it.each(templateNames)('%s: the staff copy holds no usable secret, in any part, in Korean, English and Urdu', (name) => {
    for (const locale of ['ko', 'en', 'ur'] as const) {
      const real = renderTemplate(name, locale, sentinels[name]);
      const staff = renderStaffCopy(name, locale, sentinels[name]);
      const parts = usableParts(name);
      for (const part of parts) {
        // The real message carries it (else this test proves nothing) ...
        expect(real.text + real.html + real.attachments.map((file) => unfold(file.content)).join(''), `${name} real`).toContain(part);
        // ... and the staff copy nowhere.
        for (const [where, content] of Object.entries(staff)) expect(content, `${name} ${locale} staff ${where}`).not.toContain(part);
      }
    }
  });

  it.each(templateNames)('%s: the staff copy is the message as sent with each secret masked, nothing else changed', (name) => {
    const real = renderTemplate(name, 'en', sentinels[name]);
    const staff = renderStaffCopy(name, 'en', sentinels[name]);
    const params = sentinels[name] as Record<string, unknown>;
    const masks = Object.entries(declared(name)).map(([param, kind]) => [String(params[param]), maskSecret(kind, String(params[param]))] as const);
    const mask = (content: string, escape: (value: string) => string) => masks.reduce((out, [value, masked]) => out.replaceAll(escape(value), escape(masked)), content);
    expect(staff.subject).toBe(mask(real.subject, String));
    expect(staff.text).toBe(mask(real.text, String));
    expect(staff.html).toBe(mask(real.html, escapeHtml));
  });
});

describe('masks', () => {
  it('hides a code whole and keeps the page a link leads to', () => {
    expect(maskSecret('code', '483920')).toBe(SECRET_MASK);
    expect(maskLink('https://portal.example/admin/invitation?token=abc123XYZ&x=1')).toBe(`https://portal.example/admin/invitation?token=${SECRET_MASK}&x=${SECRET_MASK}`);
    expect(maskLink('https://portal.example/fil/consultations/manage/cmabc123.1.Zx-_9')).toBe(`https://portal.example/fil/consultations/manage/${SECRET_MASK}`);
    expect(maskLink('https://user:pass@portal.example/en/account/confirm-email#frag')).toBe(`https://portal.example/en/account/confirm-email#${SECRET_MASK}`);
    expect(maskLink('not a link')).toBe(SECRET_MASK);
  });

  it('masks an old message without a staff copy by pattern: links and 6-digit codes', () => {
    const old = [
      'Your one-time code is 483920. It works until 12:30 AM on 2026-12-07.',
      'Accept the invitation:\nhttps://portal.example/admin/invitation?token=AbC123xyz',
      '\u2068https://portal.example/ur/consultations/manage/cmb1.2.QwErTy\u2069 رمز:771204۔',
      'Centre phone +82-31-599-0000',
    ].join('\n');
    const masked = maskLegacyText(old);
    for (const secret of ['483920', 'AbC123xyz', 'cmb1.2.QwErTy', '771204']) expect(masked).not.toContain(secret);
    expect(masked).toContain(`https://portal.example/admin/invitation?token=${SECRET_MASK}`);
    expect(masked).toContain(`https://portal.example/ur/consultations/manage/${SECRET_MASK}\u2069`);
    expect(masked).toContain('2026-12-07');
    expect(masked).toContain('+82-31-599-0000');
  });
});
