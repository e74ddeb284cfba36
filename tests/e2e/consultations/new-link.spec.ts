import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { chooseSteps, fillDetails, ownSeats, seoulTime } from '../support/consultations';
import vi from '@/messages/vi.json';

test.describe.configure({ timeout: 60_000 });

/**
 * A resident who shared their booking's link, or fears someone saw it, asks for a new one on the
 * booking's page, without JavaScript: the old link opens nothing any more, the new one arrives by
 * email and opens the booking, and the page that answered the button shows no link.
 */
test.use({ javaScriptEnabled: false });

test('a leaked manage link is replaced: the old one stops working, the new one arrives by email', async ({ page }) => {
  const m = vi.Consultations;
  const email = `new-link-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  const since = Date.now();
  const seats = ownSeats({ language: 'vi', times: [seoulTime(6, '09:07')] });
  await chooseSteps(page, 'vi', { topic: seats.topic, language: 'vi', channel: 'VISIT', slot: seats.slotId });
  await fillDetails(page, { name: 'Phạm Văn Long', email, problem: 'Tôi cần hỏi về hợp đồng lao động.' });
  await page.getByRole('button', { name: m.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.manage.bookedTitle })).toBeVisible();
  const reference = (await page.locator('.font-mono').first().innerText()).trim();
  const oldLink = linkIn(await waitForMail(email, since), '/consultations/manage/').pathname;

  await page.goto(oldLink);
  await expect(page.getByRole('heading', { name: m.newLink.title })).toBeVisible();
  const asked = Date.now();
  await page.getByRole('button', { name: m.newLink.button }).click();
  await expect(page).toHaveURL(/\/vi\/consultations\/manage\/new-link-sent$/);
  await expect(page.getByRole('heading', { level: 1, name: m.newLink.sentTitle })).toBeVisible();

  const newLink = linkIn(await waitForMail(email, asked), '/consultations/manage/').pathname;
  expect(newLink).not.toBe(oldLink);
  await page.goto(oldLink);
  await expect(page.getByRole('button', { name: m.newLink.button })).toHaveCount(0);
  await expect(page.getByText(reference)).toHaveCount(0);
  await page.goto(newLink);
  await expect(page.getByRole('heading', { level: 1, name: m.manage.title })).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
});
