import { test, expect } from '../fixtures';
import { waitForMail } from '../support/mail';
import { residentRow, signInResident } from '../support/resident';
import { ownSection } from '../support/classes';
import en from '@/messages/en.json';
import ruCatalog from '@/messages/ru.json';

const ru = (ruCatalog as unknown as typeof en).Classes;

// A phone with scripts off: every step is a plain link or a form post.
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 90_000 });

test('enrolment without JavaScript: choose a section, check the answers, confirm, get the email (Russian)', async ({ page }) => {
  const sectionId = ownSection({ capacity: 3 });
  const email = `nojs-ru-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  residentRow(email, 'ru');
  await signInResident(page, 'ru', email);
  await page.goto(`/ru/classes/${sectionId}`);
  await page.getByRole('link', { name: ru.section.enrol }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.check.title);
  const since = Date.now();
  await page.getByRole('button', { name: ru.check.confirm }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.done.enrolledTitle);
  const reference = (await page.locator('p.font-mono').textContent())!.trim();
  expect(reference).toMatch(/^KC-/);
  const mail = await waitForMail(email, since);
  expect(mail.subject).toBe(ru.email.enrolled.subject.replace('{level}', ru.levels.KIIP_2.name));
  expect(mail.text).toContain(reference);
  await page.goto(`/ru/classes/${sectionId}`);
  await expect(page.getByText(ru.section.enrolled)).toBeVisible();
});
