import { test, expect } from '../fixtures';
import { chooseSteps, ownSeats, fillDetails, seoulTime } from '../support/consultations';
import { withE2eDb } from '../support/db';
import { waitForMail } from '../support/mail';
import en from '@/messages/en.json';
import myCatalog from '@/messages/my.json';

const my = myCatalog as unknown as typeof en;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/**
 * A Burmese resident books a visit: the centre's address shows in Burmese (or its fallback) and
 * as Korean writes it, marked as Korean, with a map link, on the check page, the booking's page,
 * in the confirmation email and in the calendar file's LOCATION; and on the centres page.
 * Its own counsellor and time (day 6, 15:00), so no other test takes the seat.
 */
test('the Korean address is on the centres page, the booking pages, the email and the .ics', async ({ page }) => {
  const korean = withE2eDb((db) => JSON.parse((db.prepare("SELECT address FROM Center WHERE slug = 'consultation-center'").get() as { address: string }).address).ko as string);
  expect(korean).toMatch(/[가-힣]/);
  const mapUrl = `https://map.kakao.com/link/search/${encodeURIComponent(korean)}`;
  const { slotId, topic } = ownSeats({ language: 'kk', times: [seoulTime(6, '15:00')] });
  const email = `taxi-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  const since = Date.now();

  await page.goto('/my/centers');
  await expect(page.locator('[lang="ko"]').filter({ hasText: korean }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: my.Components.address.openMap }).first()).toHaveAttribute('href', mapUrl);

  await chooseSteps(page, 'my', { topic, language: 'kk', channel: 'VISIT', slot: slotId });
  await fillDetails(page, { name: 'Taxi Rider', email, problem: 'Question about my rent contract.' });
  await expect(page.getByRole('heading', { level: 1, name: my.Consultations.check.title })).toBeVisible();
  const place = page.locator('[data-korean-address]');
  await expect(place).toContainText(my.Components.address.inKorean);
  await expect(place.locator('[lang="ko"]')).toHaveText(korean);
  await expect(page.getByRole('link', { name: my.Components.address.openMap })).toHaveAttribute('href', mapUrl);

  await page.getByRole('button', { name: my.Consultations.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1, name: my.Consultations.manage.bookedTitle })).toBeVisible();
  await expect(page.locator('[data-korean-address] [lang="ko"]')).toHaveText(korean);

  const mail = await waitForMail(email, since);
  expect(mail.text).toContain(my.Email.common.appointment.whereKorean.replace('{address}', korean));
  expect(mail.html).toContain(mapUrl.replace(/&/g, '&amp;'));
  const ics = mail.attachments.find((file) => file.filename === 'consultation.ics')!;
  const location = /^LOCATION:(.*)$/m.exec(unfold(ics.content))?.[1];
  expect(location).toContain(korean.replace(/,/g, '\\,'));

  // The calendar file from the booking's page says the same.
  const download = await page.request.get(`${new URL(page.url()).pathname}/calendar`);
  expect(unfold(await download.text())).toContain(korean.replace(/,/g, '\\,'));
});
