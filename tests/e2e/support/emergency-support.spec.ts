import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signInResident } from './resident';
import { NEUTRAL_SITE } from '@/components/support/QuickExit';
import en from '@/messages/en.json';
import ur from '@/messages/ur.json';
import { expectNoAxeViolations as expectNoViolations } from '../support/axe';
import vi from '@/messages/vi.json';

const submit = (page: Page) => page.locator('main form button[type="submit"]').click();

/** The pre-check for living expenses, answered by someone with no eligible status and too much income. */
async function answerIneligible(page: Page, locale: string, axe = false) {
  await page.goto(`/${locale}/support/check?programme=LIVING`);
  await expect(page.locator('input[name="programme"][value="LIVING"]')).toBeChecked();
  if (axe) await expectNoViolations(page, `${locale} first question`);
  await submit(page);
  await expect(page).toHaveURL(new RegExp(`/${locale}/support/check/visa\\?d=`));
  await submit(page); // no status chosen: the error at the question
  await expect(page.locator('#field-visa-error')).toBeVisible();
  if (axe) await expectNoViolations(page, `${locale} question with error`);
  await page.locator('input[name="visa"][value="other"]').check();
  await submit(page);
  await page.locator('input[name="residesInCity"][value="yes"]').check();
  await page.locator('#field-residenceMonths').fill('12');
  await submit(page);
  await page.locator('input[name="crisis"][value="earner_lost"]').check();
  await submit(page);
  await page.locator('#field-householdSize').fill('3');
  await submit(page);
  await page.locator('#field-monthlyIncome').fill('9,000,000');
  await submit(page);
  await page.locator('#field-assets').fill('0');
  await submit(page);
  await expect(page).toHaveURL(new RegExp(`/${locale}/support/check/result\\?d=`));
}

test.describe('the eligibility pre-check', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const [locale, messages] of [
    ['en', en],
    ['ur', ur],
  ] as const) {
    test(`ends in "you probably cannot, because ..." naming the rules, with where to turn and "apply anyway": ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/support`);
      await expect(page.locator('h1')).toHaveText(messages.Support.title);
      await expectNoViolations(page, `${locale} programmes`);
      await answerIneligible(page, locale, true);
      const programme = messages.Support.programmes.LIVING.name;
      await expect(page.locator('h1')).toHaveText(messages.Support.result.noTitle.replace('{programme}', programme));
      const failures = page.locator('[data-failed-rules]');
      await expect(failures).toHaveAttribute('data-failed-rules', 'visa income');
      await expect(failures).toContainText(messages.Support.ruleNames.visa);
      await expect(failures).toContainText(messages.Support.ruleNames.income);
      // The consultation centre and its phone line, from the centre data.
      await expect(page.locator('#where-else')).toHaveText(messages.Support.elsewhere.title);
      await expect(page.locator('section[aria-labelledby="where-else"] a[href^="tel:"]')).toBeVisible();
      await expect(page.getByRole('link', { name: messages.Support.result.applyAnyway })).toHaveAttribute('href', `/${locale}/support/apply?programme=LIVING`);
      if (locale === 'ur') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectNoViolations(page, `${locale} result`);
    });
  }
});

test('the quick exit leaves at once for a neutral site, and Back does not return to the support page', async ({ page }) => {
  await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
  await page.goto('/en');
  await page.goto('/en/support/check?programme=FUNERAL');
  await page.getByRole('link', { name: en.Support.quickExit.label }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  await expect(page).toHaveURL(/\/en$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 120_000 });

  test('the quick exit is a plain link to the neutral site', async ({ page }) => {
    await page.goto('/vi/support');
    await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('href', NEUTRAL_SITE);
  });

  test('a resident applies for medical expenses in Vietnamese through to the reference number', async ({ page }) => {
    const email = `support-${crypto.randomBytes(4).toString('hex')}@e2e.test`;
    await signInResident(page, 'vi', email);
    await page.goto('/vi/support/apply?programme=MEDICAL');
    await expect(page.locator('input[name="programme"][value="MEDICAL"]')).toBeChecked();
    await submit(page);
    await expect(page).toHaveURL(/\/vi\/support\/apply\/[^/]+$/);
    const taskList = page.url();

    await page.goto(`${taskList}/applicant`);
    await page.locator('#field-fullName').fill('Nguyen Van An');
    await page.locator('#field-phone').fill('010-1234-5678');
    await page.locator('#field-address').fill('1 Wongok-ro, Danwon-gu, Ansan');
    await page.locator('#field-visa').selectOption('E-9');
    await page.locator('#field-residenceMonths').fill('14');
    await page.locator('#field-arn').fill('12345');
    await submit(page);
    // A wrong number is named at its field; the other answers stay.
    await expect(page.locator('#field-arn-error')).toHaveText(/900101-5123456/);
    await expect(page.locator('#field-fullName')).toHaveValue('Nguyen Van An');
    await page.locator('#field-arn').fill('900101-5123456');
    await submit(page);
    await expect(page).toHaveURL(/saved=applicant/);

    await page.goto(`${taskList}/household`);
    await submit(page); // lives alone

    await page.goto(`${taskList}/crisis`);
    await page.locator('input[name="reason"][value="illness_injury"]').check();
    await page.locator('#field-date').fill('2026-11-20');
    await page.locator('#field-description').fill('Tôi bị ngã khi làm việc.');
    await page.locator('#field-health').fill('Gãy chân, phẫu thuật');
    await submit(page);

    await page.goto(`${taskList}/costs`);
    await page.locator('#field-monthlyIncome').fill('900000');
    await page.locator('#field-assets').fill('0');
    await page.locator('#field-costsAmount').fill('2400000');
    await submit(page);

    await page.goto(`${taskList}/bank`);
    await page.locator('#field-bankName').fill('Nonghyup');
    await page.locator('#field-holder').fill('Nguyen Van An');
    await page.locator('#field-account').fill('110-234-567890');
    await submit(page);

    // Leave and come back: the answers are on the server, shown as done in the task list.
    await page.goto('/vi/account');
    await page.getByRole('link', { name: /Tiếp tục điền đơn/ }).click();
    await expect(page).toHaveURL(taskList);

    await page.goto(`${taskList}/consents`);
    for (const purpose of ['personal_data', 'unique_identifiers', 'sensitive_health']) await page.locator(`input[name="consent_${purpose}"]`).check();
    await submit(page);

    await page.goto(`${taskList}/check`);
    await expect(page.locator('main')).toContainText('900101-5******');
    await expect(page.locator('main')).not.toContainText('900101-5123456');
    await submit(page);
    await expect(page).toHaveURL(`${taskList}/done`);
    await expect(page.locator('[data-reference]')).toHaveText(/^ES-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const reference = (await page.locator('[data-reference]').textContent())!;

    // Withdrawn before a decision from "my requests", after a confirmation; the timeline says so.
    await page.goto('/vi/account');
    await page.getByRole('link', { name: vi.Cases.EMERGENCY_SUPPORT.summary.withdraw }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.Support.withdraw.title);
    await expect(page.locator('main')).toContainText(reference);
    await page.getByRole('button', { name: vi.Support.withdraw.confirm }).click();
    await expect(page.getByRole('region', { name: vi.Support.withdraw.done })).toBeVisible();
    await expect(page.getByRole('button', { name: vi.Support.withdraw.confirm })).toHaveCount(0);
    await page.goto('/vi/account');
    const card = page.locator('li', { hasText: reference });
    await expect(card).toContainText(vi.Cases.EMERGENCY_SUPPORT.residentStatus.WITHDRAWN);
    await expect(card).toContainText(vi.Cases.EMERGENCY_SUPPORT.residentEvents.withdrawn);
    await expect(card.getByRole('link', { name: vi.Cases.EMERGENCY_SUPPORT.summary.withdraw })).toHaveCount(0);
  });
});
