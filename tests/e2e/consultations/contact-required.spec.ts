import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { chooseSteps, ownSeats, fillDetails, seoulTime } from '../support/consultations';
import { withE2eDb } from '../support/db';
import en from '@/messages/en.json';
import myCatalog from '@/messages/my.json';
import urCatalog from '@/messages/ur.json';

const catalogs = { my: myCatalog as unknown as typeof en, ur: urCatalog as unknown as typeof en };
const unique = () => Math.random().toString(36).slice(2, 8);

/**
 * A phone consultation booked with an email and no phone: refused at the phone field, in the
 * resident's language, with the summary naming the field and holding the focus; with the number
 * it books and the booking keeps the number the counsellor will call. Each test has a counsellor
 * and a time of its own (day 5, a time no other test takes).
 */
async function phoneIsRequired(page: Page, locale: keyof typeof catalogs, hhmm: string, javaScript: boolean) {
  const m = catalogs[locale];
  const { slotId, topic } = ownSeats({ language: 'kk', times: [seoulTime(5, hhmm)] });
  const email = `call-${locale}-${unique()}@e2e.test`;
  await chooseSteps(page, locale, { topic, language: 'kk', channel: 'PHONE', slot: slotId });

  // The form says before anything is typed that the number is required.
  await expect(page.locator('#field-phone-hint')).toHaveText(m.Consultations.details.phoneHintCall);
  await expect(page.locator('label[for="field-phone"]')).toContainText(m.Forms.required);
  await expect(page.locator('#field-phone')).toHaveAttribute('aria-required', 'true');
  await expect(page.locator('#field-problem')).toHaveAttribute('aria-required', 'true');
  await expect(page.locator('input[name="interpreter"]').first()).toHaveAttribute('required', '');

  await fillDetails(page, { name: 'Call Me', email, problem: 'Question about my health insurance.' });
  await expect(page.locator('#field-phone-error')).toHaveText(m.Forms.errors.phoneRequiredForCall);
  await expect(page.locator('#field-phone')).toHaveAttribute('aria-invalid', 'true');
  const summary = page.getByRole('alert').filter({ hasText: m.Forms.errorSummaryTitle });
  // The summary's line names the field, and focus is on the summary so it is read out first.
  const line = summary.locator('a[href="#field-phone"]');
  await expect(line).toContainText(m.Consultations.details.phone);
  await expect(line).toContainText(m.Forms.errors.phoneRequiredForCall);
  await expect(summary).toBeFocused();
  if (!javaScript) expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
  await expect(page.locator('#field-email')).toHaveValue(email);

  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  await page.locator('#field-phone').fill(`010 ${digits.slice(0, 4)} ${digits.slice(4)}`);
  await page.locator('input[name="consent"][value="yes"]').check();
  await page.locator('input[name="interpreter"][value="no"]').check();
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('heading', { level: 1, name: m.Consultations.check.title })).toBeVisible();
  await page.getByRole('button', { name: m.Consultations.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.Consultations.manage.bookedTitle })).toBeVisible();
  const stored = withE2eDb((db) => db.prepare('SELECT channel, phone FROM ConsultationBooking WHERE email = ?').get(email));
  expect(stored).toEqual({ channel: 'PHONE', phone: `+8210${digits}` });
}

test('a phone consultation without a phone number is refused at the phone field, in Burmese', ({ page }) => phoneIsRequired(page, 'my', '16:00', true));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a phone consultation without a phone number is refused at the phone field, in Urdu', ({ page }) => phoneIsRequired(page, 'ur', '17:00', false));
});
