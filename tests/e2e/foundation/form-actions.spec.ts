import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { chooseSteps, fillDetails, ownSeats, seoulTime } from '../support/consultations';
import { residentRow, signInResident } from '../support/resident';

/**
 * HTML forbids an empty `action` (the Nu HTML checker: "Bad value “” for attribute action"),
 * which React writes for a server action's form unless `useActionState` is given a permalink
 * (lib/forms/permalink.ts). Each public form of that kind posts to its own page's URL, query
 * included, and several on one page are told apart by their fragment.
 */
async function formActions(page: Page) {
  const forms = page.locator('main form');
  await expect(forms.first()).toBeAttached();
  return forms.evaluateAll((all) => all.map((form) => form.getAttribute('action')));
}

const here = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

test.describe('server-action forms name the URL they post to', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-in, keeping where to go next', async ({ page }) => {
    await page.goto('/en/account/sign-in?next=%2Fen%2Faccount%2Fsettings');
    expect(await formActions(page)).toEqual(['/en/account/sign-in?next=%2Fen%2Faccount%2Fsettings']);
  });

  test('find a booking, in Urdu', async ({ page }) => {
    await page.goto('/ur/consultations/manage');
    expect(await formActions(page)).toEqual(['/ur/consultations/manage']);
  });

  test('newsletter subscription, in Indonesian', async ({ page }) => {
    await page.goto('/id/newsletter/subscribe');
    expect(await formActions(page)).toEqual(['/id/newsletter/subscribe']);
  });

  test('the booking details step posts to itself, and an error without JavaScript comes back to it with the answers kept', async ({ page }) => {
    const { slotId, topic } = ownSeats({ language: 'kk', times: [seoulTime(6, '14:30')] });
    await chooseSteps(page, 'en', { topic, language: 'kk', channel: 'VISIT', slot: slotId });
    const [action] = await formActions(page);
    const target = new URL(action!, page.url());
    expect(target.pathname).toBe('/en/consultations/book');
    expect(target.searchParams.get('slot')).toBe(slotId);
    expect(target.searchParams.get('topic')).toBe(topic);

    // No email and no phone: refused, on the same step, at the same URL, the name kept.
    await fillDetails(page, { name: 'No Contact', problem: 'A question about my contract.' });
    await expect(page.locator('#field-email[aria-invalid="true"]')).toBeVisible();
    await expect(page.locator('#field-name')).toHaveValue('No Contact');
    expect(here(page)).toBe(target.pathname + target.search);
  });

  test('the three settings forms post to the settings page, each to its own heading', async ({ page }) => {
    const email = `permalink-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
    residentRow(email, 'en');
    await signInResident(page, 'en', email);
    await page.goto('/en/account/settings');
    expect(await formActions(page)).toEqual(['/en/account/settings#language-heading', '/en/account/settings#email-heading', '/en/account/settings#phone-heading']);
  });

  test('the check step posts to itself, and confirming there without JavaScript books', async ({ page }) => {
    const { slotId, topic } = ownSeats({ language: 'kk', times: [seoulTime(6, '15:30')] });
    await chooseSteps(page, 'en', { topic, language: 'kk', channel: 'VISIT', slot: slotId });
    await fillDetails(page, { name: 'Permalink Check', email: `permalink-check-${slotId}@e2e.test`, problem: 'A question about my visa.' });
    await expect(page).toHaveURL(/\/en\/consultations\/book\/check\?draft=/);
    expect(await formActions(page)).toEqual([here(page)]);
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect(page).toHaveURL(/\/en\/consultations\/manage\/[^/?]+\?booked=1$/);
  });

  test('a signed-in resident’s sign-out form posts to the account page', async ({ page }) => {
    const email = `permalink-out-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
    residentRow(email, 'en');
    await signInResident(page, 'en', email);
    await page.goto('/en/account');
    expect(await formActions(page)).toContain('/en/account');
  });
});
