import { test, expect } from '../fixtures';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

// A phone on prepaid data with scripts off: the filters are a plain GET form.
test.use({ javaScriptEnabled: false });

test('the catalogue filters by level and day without JavaScript, in the URL', async ({ page }) => {
  await page.goto('/en/classes');
  await page.locator('#field-level').selectOption('KIIP_2');
  await page.locator('#field-day').selectOption('0');
  await page.getByRole('button', { name: en.Classes.filters.submit }).click();
  await expect(page).toHaveURL(/\/en\/classes\?.*level=KIIP_2.*&day=0/);
  // The form keeps what was chosen.
  await expect(page.locator('#field-level')).toHaveValue('KIIP_2');
  const cards = page.locator('main li[aria-labelledby]');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card.locator('h3')).toHaveText(en.Classes.levels.KIIP_2.name);
    await expect(card).toContainText('Sunday');
  }
  await page.getByRole('link', { name: en.Classes.filters.clear }).click();
  await expect(page).toHaveURL(/\/en\/classes$/);
});

test('a section before its window opens says when, in Seoul time with the zone named (Korean)', async ({ page }) => {
  // The seeded term after the open one opens later: its sections say when.
  await page.goto('/ko/classes');
  const opens = page.getByText(/신청 시작: .+ \(.+\)/).first();
  await expect(opens).toBeVisible();
  await expect(opens).toContainText('한국 표준시');
  expect(ko.Classes.opensOn).toContain('{zone}');
});

test('the level check suggests a level and says why, without JavaScript', async ({ page }) => {
  await page.goto('/en/classes/level-check');
  await page.getByLabel(en.Classes.levelCheck.hangulNone).check();
  await page.getByLabel(en.Classes.levelCheck.speakNone).check();
  await page.getByLabel(en.Classes.levelCheck.goalKiip).check();
  await page.getByRole('button', { name: en.Classes.levelCheck.submit }).click();
  await expect(page.getByText(en.Classes.levelCheck.result.replace('{level}', en.Classes.levels.KIIP_0.name))).toBeVisible();
  await expect(page.getByText(en.Classes.levelCheck.why.kiip)).toBeVisible();
  await page.getByRole('link', { name: en.Classes.levelCheck.seeClasses }).click();
  await expect(page).toHaveURL(/level=KIIP_0/);
});
