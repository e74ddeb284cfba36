import { test, expect } from '../fixtures';
import { lotteryDrawn, lotteryOn, ownSection, placeInSection } from '../support/classes';
import { commitmentOf, drawOrder, listHashOf } from '@/lib/classes/lottery/algorithm';
import en from '@/messages/en.json';

test('a lottery section publishes the seed hash before close; after the draw the seed and the order, and the seed matches the commitment', async ({ page }) => {
  const sectionId = ownSection({ capacity: 2, closesInMs: 86_400_000 });
  const seed = `e2e-seed-${Math.random().toString(36).slice(2, 10)}`;
  lotteryOn(sectionId, seed, commitmentOf(seed));
  const applicants = ['Ahn', 'Bui', 'Chen', 'Dorj'].map((name) => placeInSection(sectionId, { status: 'APPLIED', name }).reference);

  // Before the window closes: the commitment, never the seed.
  await page.goto(`/en/classes/${sectionId}/lottery`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.Classes.lottery.title);
  await expect(page.getByText(commitmentOf(seed))).toBeVisible();
  await expect(page.getByText(en.Classes.lottery.seedHidden)).toBeVisible();
  expect(await page.content()).not.toContain(seed);
  await expect(page.getByRole('heading', { name: en.Classes.lottery.orderTitle })).toHaveCount(0);

  // The job froze the list and drew (its record as lib/classes/lottery/draw.ts leaves it).
  const order = drawOrder(seed, applicants);
  lotteryDrawn(sectionId, { entries: [...applicants].sort(), listHash: listHashOf(applicants), order });
  await page.reload();
  const revealed = (await page.locator('dd code').nth(2).textContent())!.trim();
  expect(revealed).toBe(seed);
  // Anyone can check the commitment published before close against the seed revealed after.
  expect(commitmentOf(revealed)).toBe((await page.locator('dd code').first().textContent())!.trim());
  await expect(page.locator('dd code').nth(1)).toHaveText(listHashOf(applicants));
  await expect(page.getByRole('heading', { name: en.Classes.lottery.orderTitle })).toBeVisible();
  await expect(page.locator('ol > li')).toHaveText(order);
  await expect(page.locator('pre code')).toContainText(`--seed '${seed}'`);
});
