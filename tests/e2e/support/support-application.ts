import { expect, type Page } from '@playwright/test';
import { signInResident } from './resident';
import { withE2eDb } from './db';

const submit = (page: Page) => page.locator('main form button[type="submit"]').click();

/**
 * A resident signs in and applies for medical expenses through every section to the reference
 * number, as emergency-support.spec.ts shows step by step; for the tests that start after it.
 */
export async function submittedMedicalApplication(page: Page, locale: string, email: string) {
  await signInResident(page, locale, email);
  await page.goto(`/${locale}/support/apply?programme=MEDICAL`);
  await submit(page);
  await expect(page).toHaveURL(new RegExp(`/${locale}/support/apply/[^/]+$`));
  const taskList = page.url();
  const section = async (name: string, fill: () => Promise<void>) => {
    await page.goto(`${taskList}/${name}`);
    await fill();
    await submit(page);
    await expect(page).toHaveURL(new RegExp(`saved=${name}`));
  };
  await section('applicant', async () => {
    await page.locator('#field-fullName').fill('Nguyen Van An');
    await page.locator('#field-phone').fill('010-1234-5678');
    await page.locator('#field-address').fill('1 Wongok-ro, Danwon-gu, Ansan');
    await page.locator('#field-visa').selectOption('E-9');
    await page.locator('#field-residenceMonths').fill('14');
    await page.locator('#field-arn').fill('900101-5123456');
  });
  await section('household', async () => {});
  await section('crisis', async () => {
    await page.locator('input[name="reason"][value="illness_injury"]').check();
    await page.locator('#field-date').fill('2026-11-20');
    await page.locator('#field-description').fill('Tôi bị ngã khi làm việc.');
  });
  await section('costs', async () => {
    await page.locator('#field-monthlyIncome').fill('900000');
    await page.locator('#field-assets').fill('0');
    await page.locator('#field-costsAmount').fill('2400000');
  });
  await section('bank', async () => {
    await page.locator('#field-bankName').fill('Nonghyup');
    await page.locator('#field-holder').fill('Nguyen Van An');
    await page.locator('#field-account').fill('110-234-567890');
  });
  await page.goto(`${taskList}/consents`);
  for (const purpose of ['personal_data', 'unique_identifiers', 'sensitive_health']) await page.locator(`input[name="consent_${purpose}"]`).check();
  await submit(page);
  await page.goto(`${taskList}/check`);
  await submit(page);
  await expect(page).toHaveURL(`${taskList}/done`);
  const reference = (await page.locator('[data-reference]').textContent())!.trim();
  const caseId = withE2eDb((db) => (db.prepare('SELECT id FROM "Case" WHERE reference = ?').get(reference) as { id: string }).id);
  return { reference, caseId };
}

/** Gives the case to a staff member, as a supervisor's assignment would. */
export const assignCaseTo = (caseId: string, staffId: string) => withE2eDb((db) => db.prepare('UPDATE "Case" SET assigneeId = ? WHERE id = ?').run(staffId, caseId));

/** The roles of a staff member, changed by an administrator while their page is open. */
export const setRoles = (staffId: string, roles: string[]) => withE2eDb((db) => db.prepare('UPDATE StaffUser SET roles = ? WHERE id = ?').run(JSON.stringify(roles), staffId));
