import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { withE2eDb } from '../support/db';
import { signInResident } from '../support/resident';
import { chooseSteps, fillDetails, ownSeats, pickSlot, seoulTime } from '../support/consultations';
import ko from '@/messages/ko.json';
import viCatalog from '@/messages/vi.json';
import urCatalog from '@/messages/ur.json';
import en from '@/messages/en.json';

// Every catalog has the same keys (the messages unit test); typed as the English one.
const vi = viCatalog as unknown as typeof en;
const ur = urCatalog as unknown as typeof en;
const catalogs = { ko, vi, ur, en } as const;
type Lang = keyof typeof catalogs;
const unique = () => Math.random().toString(36).slice(2, 8);

// Every test here books through the whole flow and waits for emails over SMTP: 10 to 15 s alone,
// two or three times that with another worker beside it on 2 cores.
test.describe.configure({ timeout: 60_000 });

/**
 * A resident books, gets the confirmation email (real SMTP) with the calendar file, moves the
 * booking once and cancels it, all in their own language and without an account.
 */
async function bookRescheduleCancel(page: Page, locale: Lang, language: string, channel: 'VISIT' | 'PHONE' | 'VIDEO') {
  const m = catalogs[locale].Consultations;
  const email = `booking-${locale}-${unique()}@e2e.test`;
  const since = Date.now();
  // Two seats of its own: one to book, one to move to.
  const seats = ownSeats({ language, times: [seoulTime(3, '09:07'), seoulTime(4, '09:07')] });
  const chosen = await chooseSteps(page, locale, { topic: seats.topic, language, channel, slot: seats.slotId });
  // A phone consultation needs the number the counsellor calls; each run its own, as a phone holds one booking per topic.
  const phone =
    channel === 'PHONE'
      ? `010-${String(Math.floor(Math.random() * 1e8))
          .padStart(8, '0')
          .replace(/^(\d{4})/, '$1-')}`
      : undefined;
  await fillDetails(page, { name: `Resident ${locale}`, email, phone, problem: 'My employer has not paid me for two months.' });

  await expect(page.getByRole('heading', { level: 1, name: m.check.title })).toBeVisible();
  await expect(page.getByText(chosen.time).first()).toBeVisible();
  await page.getByRole('button', { name: m.check.confirm }).click();

  await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
  const reference = (await page.locator('.font-mono').first().innerText()).trim();
  expect(reference).toMatch(/^CO-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr');

  const confirmation = await waitForMail(email, since, (mail) => mail.text.includes(reference));
  expect(confirmation.headers['content-language']).toBe(locale);
  const ics = confirmation.attachments.find((file) => file.filename === 'consultation.ics');
  expect(ics?.content).toContain('BEGIN:VEVENT');
  expect(ics?.content).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(ics?.content).toContain('SEQUENCE:0');
  const manage = linkIn(confirmation, '/consultations/manage/');
  expect(manage.pathname.startsWith(`/${locale}/`)).toBe(true);

  // Reschedule from the emailed link.
  await page.goto(manage.pathname);
  await page.getByRole('link', { name: m.manage.reschedule }).click();
  // The current time is not offered again: the first time listed is another one.
  await pickSlot(page, page.locator('input[name="slot"]').first());
  const rescheduledAt = Date.now();
  await page.getByRole('button', { name: m.reschedule.submit }).click();
  await expect(page.getByRole('heading', { name: m.manage.changedTitle })).toBeVisible();
  const moved = await waitForMail(email, rescheduledAt, (mail) => mail.attachments.some((f) => f.content.includes('SEQUENCE:1')));
  const uid = (text: string) => /UID:(.+)/.exec(text)?.[1]?.trim();
  expect(uid(moved.attachments[0]!.content)).toBe(uid(ics!.content));

  // Cancel: the link only opens a page; the button cancels.
  await page.getByRole('link', { name: m.manage.cancel }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.cancel.title })).toBeVisible();
  const cancelledAt = Date.now();
  await page.getByRole('button', { name: m.cancel.confirm }).click();
  await expect(page.getByRole('heading', { name: m.manage.cancelledTitle })).toBeVisible();
  // The cancelled booking's page, like its email, leads to a new booking.
  await expect(page.getByRole('link', { name: m.manage.bookAgain })).toHaveAttribute('href', `/${locale}/consultations/book`);
  const cancelled = await waitForMail(email, cancelledAt, (mail) => mail.attachments.some((f) => f.content.includes('METHOD:CANCEL')));
  expect(cancelled.text).toContain(reference);
  const state = withE2eDb((db) =>
    db.prepare('SELECT b.status, b.reschedules, c.status AS caseStatus FROM ConsultationBooking b JOIN "Case" c ON c.id = b.caseId WHERE c.reference = ?').get(reference),
  );
  expect(state).toEqual({ status: 'CANCELLED', reschedules: 1, caseStatus: 'CANCELLED' });
}

const residents = [
  { locale: 'vi', language: 'vi' },
  { locale: 'ur', language: 'ur' },
  { locale: 'ko', language: 'ko' },
] as const;

// Each journey books and moves its own seats, so they run beside each other and beside the rest.
test.describe('journeys', () => {
  // Booking, moving and cancelling, each waiting for its email: three times the work of the others.
  test.describe.configure({ timeout: 90_000 });
  for (const { locale, language } of residents) {
    test(`book, reschedule and cancel in ${locale}`, ({ page }) => bookRescheduleCancel(page, locale, language, 'VISIT'));
  }
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const { locale, language } of residents) {
      test(`book, reschedule and cancel in ${locale} without JavaScript`, ({ page }) => bookRescheduleCancel(page, locale, language, 'PHONE'));
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole booking works as plain forms, errors included', async ({ page }) => {
    const m = en.Consultations;
    const email = `nojs-${unique()}@e2e.test`;
    const since = Date.now();
    const seats = ownSeats({ language: 'en', times: [seoulTime(3, '11:07')] });
    await chooseSteps(page, 'en', { topic: seats.topic, language: 'en', channel: 'PHONE', slot: seats.slotId });
    // Bad input first: no contact, bad phone; the answers typed stay.
    await fillDetails(page, { name: 'No Script', phone: '12', problem: 'My deposit was not returned.' });
    await expect(page.locator('#field-phone-error')).toContainText(en.Forms.errors.phone);
    await expect(page.locator('#field-problem')).toHaveValue('My deposit was not returned.');
    await expect(page.locator('#field-name')).toHaveValue('No Script');
    await page.locator('#field-phone').fill('010-2345-6789');
    await page.locator('#field-email').fill(email);
    await page.locator('input[name="consent"][value="yes"]').check();
    await page.locator('input[name="interpreter"][value="no"]').check();
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('heading', { level: 1, name: m.check.title })).toBeVisible();
    await page.getByRole('button', { name: m.check.confirm }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
    await waitForMail(email, since);
    // Submitting the same answers again (back button, double click) gives the same booking.
    await page.goBack();
    await page.getByRole('button', { name: m.check.confirm }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
    const count = withE2eDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM ConsultationBooking WHERE email = ?').get(email) as { n: number }).n);
    expect(count).toBe(1);
  });
});

test('a booking at 00:30 in Seoul shows on its Seoul day on the page, in the email and in the .ics', async ({ page }) => {
  const startsAt = seoulTime(3, '00:30'); // the day before in UTC
  const { topic, slotId } = ownSeats({ language: 'kk', times: [startsAt] });
  const email = `dateline-${unique()}@e2e.test`;
  const since = Date.now();
  const seoulDate = new Intl.DateTimeFormat('vi', { timeZone: 'Asia/Seoul', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(startsAt);
  const utcDate = new Intl.DateTimeFormat('vi', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(startsAt);
  expect(seoulDate).not.toBe(utcDate);

  const chosen = await chooseSteps(page, 'vi', { topic, language: 'kk', channel: 'VISIT', slot: slotId });
  expect(chosen.day).toBe(seoulDate);
  expect(chosen.time).toBe(new Intl.DateTimeFormat('vi', { timeZone: 'Asia/Seoul', hour: 'numeric', minute: '2-digit' }).format(startsAt));
  await fillDetails(page, { name: 'Date Line', email, problem: 'Question about my bank account.' });
  await expect(page.getByText(seoulDate)).toBeVisible();
  await page.getByRole('button', { name: vi.Consultations.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: vi.Consultations.manage.bookedTitle })).toBeVisible();
  await expect(page.getByText(seoulDate)).toBeVisible();

  const mail = await waitForMail(email, since);
  // The appointment's own line names the Seoul day; the day before appears only as the deadline.
  const time = new Intl.DateTimeFormat('vi', { timeZone: 'Asia/Seoul', hour: 'numeric', minute: '2-digit' }).format(startsAt);
  const whenLine = mail.text.split('\n').find((line) => line.includes(time));
  expect(whenLine).toContain(seoulDate);
  expect(whenLine).not.toContain(utcDate);
  const stamp = startsAt.toISOString().replace(/[-:]/g, '').slice(0, 15);
  expect(mail.attachments[0]!.content).toContain(`DTSTART:${stamp}Z`);
});

test('a slot taken while the resident typed: a clear message, the next free times, nothing lost', async ({ page }) => {
  // The seat taken, and the next free time offered instead: both this test's own.
  const { topic, slotIds } = ownSeats({ language: 'kk', times: [seoulTime(4, '10:00'), seoulTime(4, '13:00')] });
  const [slotId, nextSlotId] = slotIds as [string, string];
  await chooseSteps(page, 'ko', { topic, language: 'kk', channel: 'VISIT', slot: slotId });
  await fillDetails(page, { name: '늦은 사람', email: `late-${unique()}@e2e.test`, problem: '체류 연장 문의' });
  // Someone else takes the last seat now.
  withE2eDb((db) => db.prepare('UPDATE ConsultationSlot SET booked = capacity WHERE id = ?').run(slotId));
  await page.getByRole('button', { name: ko.Consultations.check.confirm }).click();
  await expect(page.getByRole('alert').filter({ hasText: ko.Consultations.check.problems.full.title })).toContainText(ko.Consultations.check.problems.full.text);
  await expect(page.getByText('체류 연장 문의')).toBeVisible();
  await expect(page.locator('input[name="slot"]').first()).toHaveValue(nextSlotId);
  await pickSlot(page, page.locator('input[name="slot"]').first());
  await page.getByRole('button', { name: ko.Consultations.check.useThisTime }).click();
  await page.getByRole('button', { name: ko.Consultations.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.Consultations.manage.bookedTitle })).toBeVisible();
});

test('manage links: expired, revoked or foreign links open nothing; reference + code opens only with the right contact', async ({ page }) => {
  const m = ko.Consultations;
  const email = `lookup-${unique()}@e2e.test`;
  const since = Date.now();
  const seats = ownSeats({ language: 'ko', times: [seoulTime(5, '09:07')] });
  await chooseSteps(page, 'ko', { topic: seats.topic, language: 'ko', channel: 'VIDEO', slot: seats.slotId });
  await fillDetails(page, { name: '조회 테스트', email, problem: '병원비 문의' });
  await page.getByRole('button', { name: m.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
  const reference = (await page.locator('.font-mono').first().innerText()).trim();
  const link = linkIn(await waitForMail(email, since), '/consultations/manage/').pathname;

  // Another person's reference: the same answer as a match, and no code opens it.
  await page.goto('/ko/consultations/manage');
  await page.locator('#field-reference').fill(reference);
  await page.locator('#field-contact').fill('someone-else@e2e.test');
  await page.getByRole('button', { name: m.lookup.sendCode }).click();
  await expect(page.getByText(m.lookup.codeSent)).toBeVisible();
  await page.locator('#field-code').fill('123456');
  await page.getByRole('button', { name: m.lookup.open }).click();
  await expect(page.locator('#field-code-error')).toContainText(m.lookup.codeWrong);

  // The right contact, typed in capitals: the code sent there opens the booking.
  const asked = Date.now();
  await page.goto('/ko/consultations/manage');
  await page.locator('#field-reference').fill(reference.toLowerCase());
  await page.locator('#field-contact').fill(email.toUpperCase());
  await page.getByRole('button', { name: m.lookup.sendCode }).click();
  await expect(page.getByText(m.lookup.codeSent)).toBeVisible();
  const codeMail = await waitForMail(email, asked, (mail) => mail.text.includes(reference) && /\b\d{6}\b/.test(mail.subject + mail.text) && !mail.attachments.length);
  await page.locator('#field-code').fill(/\b(\d{6})\b/.exec(codeMail.text)![1]!);
  await page.getByRole('button', { name: m.lookup.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.manage.title })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();

  // A tampered token, then a link past its time, then a revoked one.
  await page.goto(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  await expect(page.getByRole('heading', { level: 1, name: m.manage.invalidTitle })).toBeVisible();
  withE2eDb((db) => db.prepare("UPDATE ConsultationBooking SET endsAt = '2026-01-01T00:00:00.000+00:00' WHERE email = ?").run(email));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: m.manage.expiredTitle })).toBeVisible();
  withE2eDb((db) => db.prepare('UPDATE ConsultationBooking SET linkVersion = linkVersion + 1 WHERE email = ?').run(email));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: m.manage.invalidTitle })).toBeVisible();
  expect((await page.request.get(`${link}/calendar`)).status()).toBe(404);
});

test('the booking is a request in "my requests", with its time, its link and its history', async ({ page }) => {
  const m = ko.Consultations;
  const email = `requests-${unique()}@e2e.test`;
  const since = Date.now();
  const seats = ownSeats({ language: 'ko', times: [seoulTime(5, '11:07')] });
  await chooseSteps(page, 'ko', { topic: seats.topic, language: 'ko', channel: 'VISIT', slot: seats.slotId });
  await fillDetails(page, { name: '내 요청', email, problem: '전학 문의' });
  await page.getByRole('button', { name: m.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
  const reference = (await page.locator('.font-mono').first().innerText()).trim();
  await waitForMail(email, since);

  await signInResident(page, 'ko', email);
  const request = page.locator('li').filter({ hasText: reference });
  await expect(request).toContainText(ko.Account.kinds.CONSULTATION);
  await expect(request).toContainText(ko.Cases.CONSULTATION.residentStatus.SCHEDULED);
  await request.getByText(ko.Account.history).click();
  await expect(request).toContainText(ko.Cases.CONSULTATION.residentEvents.booked);
  await request.getByRole('link', { name: ko.Account.manageBooking }).click();
  await expect(page.getByText(reference)).toBeVisible();
});
