import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { toHtml } from '@/lib/notifications/email-layout';
import { escapeHtml } from '@/lib/notifications/escape-html';
import { maskPhone } from '@/lib/notifications/recipients';
import { DEFAULT_MAIL_FROM, readMailConfig } from '@/lib/notifications/config';
import { createTransports } from '@/lib/notifications/transports';
import { describeError, retryDelayMs } from '@/lib/notifications/retry';
import { renderTemplate, templateNames, type TemplateName, type TemplateParams } from '@/lib/notifications/templates';

// 00:30 on Monday 7 December in Seoul, still the 6th in UTC.
const halfPastMidnight = new Date('2026-12-06T15:30:00Z');

const appointment = {
  bookingId: 'cmbooking000000001',
  reference: 'CO-7KQ3-XP9M',
  topic: 'Wages and labour',
  startsAt: halfPastMidnight,
  endsAt: new Date(halfPastMidnight.getTime() + 3600_000),
  channel: 'VISIT' as const,
  centreName: 'Foreign Residents Consultation Center',
  centreAddress: '1 Wongok-ro, Danwon-gu, Ansan',
  centrePhone: '+82-31-599-0000',
  manageUrl: 'https://portal.example/vi/consultations/manage/abc.1.def',
  sequence: 0,
};

const classSection = {
  reference: 'KC-7KQ3-XP9M',
  level: 'KIIP_2' as const,
  termYear: 2027,
  termNumber: 1,
  days: [0],
  startTime: '14:00',
  endTime: '18:00',
  centreName: 'Multicultural Immigrant Plus Center',
  centreAddress: '1 Wongok-ro, Danwon-gu, Ansan',
  startsOn: halfPastMidnight,
  sectionUrl: 'https://portal.example/vi/classes/cmsection0001',
};

const samples: { [N in TemplateName]: TemplateParams<N> } = {
  residentSignInCode: { code: '483920', expiresAt: halfPastMidnight },
  staffInvitation: { inviterName: 'Kim Min-ji', url: 'https://portal.example/admin/invitation?token=abc&x=1', expiresAt: halfPastMidnight },
  contactChangeConfirm: { url: 'https://portal.example/account/confirm?token=xyz', newEmail: 'new@example.com' },
  contactChangeNotice: { newEmail: 'new@example.com', changedAt: halfPastMidnight },
  genericCaseMessage: { reference: 'CO-7KQ3-XP9M', body: 'Please bring your passport.\n\nSee you on Sunday.' },
  caseTemplatedMessage: { reference: 'CO-7KQ3-XP9M', title: 'Documents needed', body: 'Please bring your passport.' },
  phoneChangeCode: { code: '120934', expiresAt: halfPastMidnight },
  phoneChangeNotice: { newPhone: '+821012345678', changedAt: halfPastMidnight },
  consultationBooked: { ...appointment, lastChangeDay: halfPastMidnight },
  consultationRescheduled: { ...appointment, lastChangeDay: halfPastMidnight },
  consultationCancelled: { ...appointment, bookAgainUrl: 'https://portal.example/vi/consultations/book', byStaff: false },
  consultationReminder: appointment,
  consultationAccessCode: { code: '004211', reference: 'CO-7KQ3-XP9M', expiresAt: halfPastMidnight },
  classEnrolled: classSection,
  classWaitlisted: { ...classSection, position: 3 },
  classOffered: { ...classSection, expiresAt: halfPastMidnight },
  classApplied: { ...classSection, closesAt: halfPastMidnight },
  newsletterConfirm: { url: 'https://portal.example/km/newsletter/confirm/abc.1.def', language: 'Khmer' },
  newsletterIssue: {
    number: '43',
    issueTitle: 'Autumn 2026',
    issueUrl: 'https://portal.example/km/newsletter/43',
    articles: [{ title: 'Counselling in 15 languages', summary: 'Since 2008.', url: 'https://portal.example/km/newsletter/43/consultation-center' }],
    unsubscribeUrl: 'https://portal.example/km/newsletter/unsubscribe/abc.1.def',
  },
  supportSubmitted: { reference: 'ES-7KQ3-XP9M', programme: 'Medical expenses', requestsUrl: 'https://portal.example/vi/account' },
  supportInfoRequested: { reference: 'ES-7KQ3-XP9M', request: 'A copy of the hospital bill.', dueAt: new Date('2026-12-15T14:59:00Z'), requestsUrl: 'https://portal.example/vi/account' },
};

const render = <N extends TemplateName>(name: N, locale: (typeof locales)[number], params?: TemplateParams<N>) => renderTemplate(name, locale, params ?? samples[name]);

function parseHtml(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

// Locales whose messages file lacks the Email namespace fail here until translators add it.
describe.each(locales)('email templates in %s', (locale) => {
  it.each(templateNames)('renders %s completely, with no placeholder left', (name) => {
    const email = render(name, locale);
    const { attachments, ...parts } = email;
    for (const file of attachments) expect(file.content, `${name} ${file.filename}`).not.toContain('{');
    for (const [part, value] of Object.entries(parts)) {
      expect(value.trim(), `${name} ${part}`).not.toBe('');
      expect(value, `${name} ${part}`).not.toContain('{');
      expect(value, `${name} ${part}`).not.toContain(`Email.${name}`);
    }
  });
});

describe('email layout', () => {
  it('marks Urdu emails right-to-left, on the root and on the message', () => {
    const doc = parseHtml(render('residentSignInCode', 'ur').html);
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ur');
    expect(doc.querySelector('[role="article"]')?.getAttribute('dir')).toBe('rtl');
  });

  it('lays right-to-left locales out right-to-left, whatever the wording', () => {
    const html = toHtml({
      locale: 'ur',
      subject: 's',
      heading: 'h',
      blocks: [{ kind: 'quote', text: 'q' }],
      footer: 'f',
      linkHint: 'l',
    });
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain('border-right:4px');
  });

  it('is a simple accessible document: language, title, one heading, paragraphs, a real link', () => {
    const email = render('staffInvitation', 'en');
    const doc = parseHtml(email.html);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    expect(doc.title).toBe(email.subject);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('p').length).toBeGreaterThan(3);
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe(samples.staffInvitation.url);
    expect(link?.textContent).toBe('Accept the invitation and choose a password');
    expect(doc.querySelectorAll('script, style')).toHaveLength(0);
  });

  it('says the same in the text version: the link, the inviter and the expiry', () => {
    const { text, html } = render('staffInvitation', 'en');
    const visible = parseHtml(html).body.textContent ?? '';
    for (const fact of ['Kim Min-ji', samples.staffInvitation.url, 'Monday, December 7, 2026', '12:30 AM', 'Korean Standard Time']) {
      expect(text).toContain(fact);
      expect(visible).toContain(fact);
    }
  });

  it('shows a moment on its day in Seoul, with the zone named, in the reader’s language', () => {
    const { text } = render('contactChangeNotice', 'en');
    expect(text).toContain('On Monday, December 7, 2026 at 12:30 AM Korean Standard Time, the email address');
    expect(render('residentSignInCode', 'en').text).toContain('It works once, until 12:30 AM Korean Standard Time.');
    expect(render('contactChangeNotice', 'ko').text).toMatch(/2026년 12월 7일 월요일 .*12:30\(.*표준시\)에/);
  });

  it('puts the sign-in code in the text and the HTML', () => {
    const email = render('residentSignInCode', 'ko');
    expect(email.text).toContain('일회용 인증 코드는 483920입니다.');
    expect(parseHtml(email.html).body.textContent).toContain('483920');
  });

  it('escapes every parameter in the HTML and keeps staff line breaks', () => {
    const email = render('genericCaseMessage', 'en', {
      reference: 'CO-7KQ3-XP9M',
      body: '<script>alert(1)</script>\n<img src=x onerror="alert(2)"> & more\n\nSecond paragraph',
    });
    const doc = parseHtml(email.html);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const quote = doc.querySelector('blockquote');
    expect(quote?.getAttribute('dir')).toBe('auto');
    expect(quote?.querySelectorAll('p')).toHaveLength(2);
    expect(quote?.querySelector('p')?.textContent).toBe('<script>alert(1)</script><img src=x onerror="alert(2)"> & more');
    expect(email.text).toContain('<script>alert(1)</script>\n<img src=x onerror="alert(2)"> & more\n\nSecond paragraph');
    expect(email.subject).toBe('A message about your request CO-7KQ3-XP9M');
  });

  it('uses a wording without the inviter when the name is unknown', () => {
    const { text } = render('staffInvitation', 'en', { ...samples.staffInvitation, inviterName: '' });
    expect(text).toContain('You are invited to the staff area of Foreign Resident Services');
  });

  it('refuses parameters that could harm or mislead', () => {
    expect(() => render('contactChangeConfirm', 'en', { url: 'javascript:alert(1)', newEmail: 'a@example.com' })).toThrow();
    expect(() => render('contactChangeConfirm', 'en', { url: 'https://portal.example/c', newEmail: 'not an email' })).toThrow();
    expect(() => render('residentSignInCode', 'en', { code: '12 34', expiresAt: halfPastMidnight })).toThrow();
    expect(() => render('genericCaseMessage', 'en', { reference: 'CO-1\nBcc: x', body: 'Hi' })).toThrow();
  });
});

describe('helpers', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('masks all digits of a phone number but the last four', () => {
    expect(maskPhone('+821012345678')).toBe('+********5678');
  });

  it('keeps email in the outbox when SMTP_URL is unset or blank, and refuses a non-SMTP URL', () => {
    expect(readMailConfig({})).toEqual({ smtpUrl: undefined, from: DEFAULT_MAIL_FROM });
    expect(readMailConfig({ SMTP_URL: ' ', MAIL_FROM: '' })).toEqual({ smtpUrl: undefined, from: DEFAULT_MAIL_FROM });
    expect(readMailConfig({ SMTP_URL: 'smtps://u:p@mail.example.org', MAIL_FROM: 'City <a@b.kr>' })).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.org',
      from: 'City <a@b.kr>',
    });
    expect(() => readMailConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(createTransports({}).EMAIL.name).toBe('none');
    const withSmtp = createTransports({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(withSmtp.EMAIL.name).toBe('smtp');
    withSmtp.EMAIL.close?.();
  });

  it('waits 1 min, 5 min, 30 min, then 2 h between attempts', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt) / 60_000)).toEqual([1, 5, 30, 120, 120]);
  });

  it('keeps one short line of an error', () => {
    const error = Object.assign(new Error('Message failed: 451 Try again later\n    at SMTPConnection'), { code: 'EMESSAGE' });
    expect(describeError(error)).toBe('EMESSAGE: Message failed: 451 Try again later');
    expect(describeError('x'.repeat(1000))).toHaveLength(300);
  });
});
