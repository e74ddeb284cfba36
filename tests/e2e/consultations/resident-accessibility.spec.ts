import { locales } from '@/lib/i18n/locales';
import { test, expect } from '../fixtures';
import { ownSeats, pickSlot, seoulTime } from '../support/consultations';
import en from '@/messages/en.json';
import type { Page } from '@playwright/test';
import { axeViolations, expectNoAxeViolations as expectNoViolations } from '../support/axe';

/** axe's violations as soft expectations, so one locale's failure does not hide the others'. */
const softlyNoViolations = async (page: Page, where: string) => expect.soft(await axeViolations(page, where)).toEqual([]);

/**
 * Every page of the booking flow, each in every locale, including an error state. The choice steps
 * only read, so one page walks them for six locales at a time (its scripts, styles and fonts
 * fetched once); the details and managing pages, which make a draft, get a test per locale.
 */
for (const group of [locales.slice(0, 6), locales.slice(6, 12), locales.slice(12)]) {
  test(`axe finds no WCAG 2.2 AA violations on the booking flow's choice steps: ${group.join(', ')}`, async ({ page }) => {
    test.setTimeout(300_000);
    for (const locale of group) {
      await page.goto(`/${locale}/consultations`);
      await softlyNoViolations(page, `${locale} landing`);
      await page.goto(`/${locale}/consultations/book?step=topic`); // submitted without a choice: the error state
      await expect(page.locator('#field-topic-error')).toBeVisible();
      await softlyNoViolations(page, `${locale} topic step with error`);
      await page.goto(`/${locale}/consultations/book?topic=daily-life`);
      await softlyNoViolations(page, `${locale} language step`);
      await page.goto(`/${locale}/consultations/book?topic=daily-life&language=ko`);
      await softlyNoViolations(page, `${locale} channel step`);
      await page.goto(`/${locale}/consultations/book?topic=daily-life&language=ko&channel=VISIT`);
      await softlyNoViolations(page, `${locale} time step`);
    }
  });
}

for (const locale of locales) {
  test.describe(`axe finds no WCAG 2.2 AA violations in the booking flow: ${locale}`, () => {
    // Each axe run takes 1 to 3 s on a busy 2-core machine, and each page is rendered on demand.
    test.describe.configure({ timeout: 60_000 });

    test('the details step and the managing pages', async ({ page }) => {
      await page.goto(`/${locale}/consultations/book?topic=daily-life&language=ko&channel=VISIT`);
      await pickSlot(page, page.locator('input[name="slot"]').first());
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('#field-name')).toBeVisible();
      await expectNoViolations(page, 'details step');
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('#field-name-error')).toBeVisible();
      await expectNoViolations(page, 'details step with errors');
      await page.goto(`/${locale}/consultations/manage`);
      await expectNoViolations(page, 'manage lookup');
      await page.goto(`/${locale}/consultations/manage/x.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
      await expectNoViolations(page, 'invalid link');
    });
  });
}

/** The booking done with the keyboard alone: Tab to a choice, Space to pick it, Enter to go on. */
test('a booking can be made with the keyboard alone', async ({ page }) => {
  const m = en.Consultations;
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${selector} with Tab`);
  };
  const enterToNextPage = async () => {
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.toString() !== before);
    await page.waitForLoadState('domcontentloaded');
  };
  /** In a radio group the arrow keys move to the next choice and choose it. */
  const arrowTo = async (name: string, value: string) => {
    for (let i = 0; i < 200; i++) {
      if (await page.evaluate((v) => (document.activeElement as HTMLInputElement | null)?.value === v, value)) return page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not reach ${name}=${value} with the arrow keys`);
  };
  // A seat of its own (its own topic, listed last, and a Kazakh-speaking counsellor), reached with the arrow keys.
  const seats = ownSeats({ language: 'kk', times: [seoulTime(3, '10:00')] });
  await page.goto('/en/consultations/book');
  for (const [name, value] of [
    ['topic', seats.topic],
    ['language', 'kk'],
    ['channel', 'VISIT'],
    ['slot', seats.slotId],
  ] as const) {
    await tabTo(`input[name="${name}"]`);
    await arrowTo(name, value);
    await tabTo('form button[type="submit"]');
    await enterToNextPage();
  }
  await tabTo('#field-name');
  await page.keyboard.type('Key Board');
  await tabTo('#field-email');
  await page.keyboard.type(`keyboard-${Date.now()}@e2e.test`);
  await tabTo('#field-problem');
  await page.keyboard.type('Question about my visa.');
  await tabTo('input[name="interpreter"]');
  await page.keyboard.press('Space');
  await tabTo('input[name="consent"]');
  await page.keyboard.press('Space');
  await tabTo('form button[type="submit"]');
  await enterToNextPage();
  await expect(page.getByRole('heading', { level: 1, name: m.check.title })).toBeVisible();
  await tabTo('form:has(input[name="draft"]):not(:has(input[name="slot"])) button');
  await expect(page.locator(':focus')).toHaveText(m.check.confirm);
  await enterToNextPage();
  await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
});
