import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { residentRow, signInResident } from '../support/resident';
import { signedInStaff } from '../support/staff';
import { withE2eDb } from '../support/db';
import { ownSection, placeInSection } from '../support/classes';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import en from '@/messages/en.json';
import kmCatalog from '@/messages/km.json';

const km = (kmCatalog as unknown as typeof en).Classes;
const staffText = en.AdminClasses;

// Sign-in, the waitlist and the offer all go through real SMTP.
test.describe.configure({ timeout: 90_000 });

test('a full section: a resident waits, a seat is freed by staff, the offer email says until when (Khmer), the resident claims it', async ({ page, browser }) => {
  const sectionId = ownSection({ capacity: 1 });
  const holder = placeInSection(sectionId, { status: 'ENROLLED', name: 'Holder Seat' });

  // The section is full: the resident joins its waitlist and sees their position.
  const email = `offer-km-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  residentRow(email, 'km');
  await signInResident(page, 'km', email);
  await page.goto(`/km/classes/${sectionId}`);
  await page.getByRole('link', { name: km.section.joinWaitlist }).click();
  await page.getByRole('button', { name: km.check.confirmWaitlist }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(km.done.waitlistedTitle);
  await page.goto(`/km/classes/${sectionId}`);
  await expect(page.getByText(km.section.waiting.replace('{position}', '1'))).toBeVisible();

  // Staff remove the student holding the seat; it is offered to the resident at once.
  const since = Date.now();
  const staff = await signedInStaff(browser, ['class_coordinator']);
  await staff.page.goto(`/admin/classes/${sectionId}`);
  await staff.page.getByLabel(staffText.removeLabel.replace('{name}', holder.name)).fill('Moved away from Ansan');
  await staff.page
    .getByRole('row', { name: new RegExp(holder.name) })
    .getByRole('button', { name: staffText.remove })
    .click();
  await expect(staff.page.getByText(staffText.removed)).toBeVisible();
  await expect(staff.page.getByRole('table', { name: staffText.offers })).toContainText('Resident');
  await staff.context.close();

  // The offer email is in Khmer and says until when, on Seoul's clock.
  const subject = km.email.offered.subject.replace('{level}', km.levels.KIIP_2.name);
  const mail = await waitForMail(email, since, (m) => m.subject === subject);
  const expiresAt = withE2eDb((db) => (db.prepare("SELECT offerExpiresAt AS at FROM ClassEnrolment WHERE sectionId = ? AND status = 'OFFERED'").get(sectionId) as { at: string | number }).at);
  const until = new Date(expiresAt);
  expect(mail.text).toContain(formatCityDate(until, 'km'));
  expect(mail.text).toContain(formatCityTime(until, 'km'));

  // From the offer page the email links to, the resident claims the seat.
  const offerPage = linkIn(mail, `/km/classes/${sectionId}`);
  await page.goto(offerPage.pathname);
  await expect(page.getByText(formatCityDate(until, 'km'), { exact: false })).toBeVisible();
  await page.getByRole('button', { name: km.section.accept }).click();
  await expect(page.getByText(km.section.notices.accepted)).toBeVisible();
  await expect(page.getByText(km.section.enrolled)).toBeVisible();
});
