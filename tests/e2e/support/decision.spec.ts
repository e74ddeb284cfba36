import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signedInStaff, testAddress } from './staff';
import { assignCaseTo, setRoles, submittedMedicalApplication } from './support-application';
import en from '@/messages/en.json';

const s = en.AdminSupport;
const residentEmail = () => `letters-${crypto.randomBytes(4).toString('hex')}@e2e.test`;

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The same signed-in staff member in a browser without JavaScript. */
async function withoutJavaScript(browser: Browser, signedIn: BrowserContext, seed: string) {
  const context = await browser.newContext({ locale: 'en-GB', storageState: await signedIn.storageState(), javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': testAddress(seed) } });
  return context.newPage();
}

// A due day well after today in Seoul, whatever the test machine's clock says.
const dueOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const decisionForm = (page: Page) => page.locator('form', { has: page.locator('input[name="outcome"]') });
const requestForm = (page: Page) => page.locator('form', { has: page.locator('textarea[name="request"]') });

test.describe('refused staff actions on a support case say why, at the form, keeping what was typed', () => {
  test.describe.configure({ timeout: 240_000 });

  test('bad input, a status changed meanwhile and a permission taken away: with JavaScript', async ({ page, browser }) => {
    const { caseId } = await submittedMedicalApplication(page, 'vi', residentEmail());
    const caseworker = await signedInStaff(browser, ['caseworker']);
    const supervisor = await signedInStaff(browser, ['supervisor']);
    assignCaseTo(caseId, caseworker.id);
    const boss = supervisor.page;
    await boss.goto(`/admin/cases/${caseId}`);

    // Bad input: no outcome chosen, then an amount that is not a number; the note stays.
    await decisionForm(boss).getByRole('button', { name: s.decide }).click();
    await expect(boss.locator('#field-outcome-error')).toHaveText(en.Forms.errors.choose);
    await decisionForm(boss).locator('input[name="outcome"][value="approve"]').check();
    await decisionForm(boss).locator('#field-amount').fill('a lot');
    await decisionForm(boss).locator('#field-note').fill('Hospital bill seen.');
    await decisionForm(boss).getByRole('button', { name: s.decide }).click();
    await expect(boss.locator('#field-amount-error')).toHaveText(s.errors.amount);
    await expect(boss.locator('[role="alert"]').first()).toContainText(s.errors.amount);
    await expect(decisionForm(boss).locator('#field-note')).toHaveValue('Hospital bill seen.');
    await expect(decisionForm(boss).locator('input[name="outcome"][value="approve"]')).toBeChecked();
    await expectNoViolations(boss, 'decision with an error');

    // Meanwhile the caseworker asks the resident for more (an empty request is refused first).
    const worker = caseworker.page;
    await worker.goto(`/admin/cases/${caseId}`);
    await requestForm(worker).getByRole('button', { name: s.requestInfo }).click();
    await expect(worker.locator('#field-request-error')).toHaveText(en.Forms.errors.required);
    await requestForm(worker).locator('#field-request').fill('Please send the hospital bill.');
    await requestForm(worker).locator('#field-dueOn').fill(dueOn);
    await requestForm(worker).getByRole('button', { name: s.requestInfo }).click();
    await expect(worker.getByRole('region', { name: s.done.moved_request_info })).toBeVisible();

    // The supervisor's page is stale: the decision is refused with the status it is now in.
    await decisionForm(boss).locator('#field-amount').fill('1,200,000');
    await decisionForm(boss).getByRole('button', { name: s.decide }).click();
    const nowStatus = s.problems.not_allowed.replace('{status}', en.Cases.EMERGENCY_SUPPORT.status.INFO_REQUESTED);
    await expect(boss.locator('#field-outcome-error')).toHaveText(nowStatus);
    await expect(decisionForm(boss).locator('#field-amount')).toHaveValue('1,200,000');

    // The role is taken away while the page is open: the form says which permission is missing.
    setRoles(supervisor.id, ['caseworker']);
    await decisionForm(boss).getByRole('button', { name: s.decide }).click();
    await expect(boss.locator('#field-outcome-error')).toHaveText(s.problems.noPermission.replace('{permission}', 'support:decide'));
    await expect(decisionForm(boss).locator('#field-amount')).toHaveValue('1,200,000');
    await caseworker.context.close();
    await supervisor.context.close();
  });

  test('bad input and a case no longer assigned: without JavaScript', async ({ page, browser }) => {
    const { caseId } = await submittedMedicalApplication(page, 'vi', residentEmail());
    const caseworker = await signedInStaff(browser, ['caseworker']);
    const other = await signedInStaff(browser, ['caseworker']);
    assignCaseTo(caseId, caseworker.id);
    const worker = await withoutJavaScript(browser, caseworker.context, caseworker.email);
    await worker.goto(`/admin/cases/${caseId}`);
    await requestForm(worker).getByRole('button', { name: s.requestInfo }).click();
    await expect(worker.locator('#field-request-error')).toHaveText(en.Forms.errors.required);
    await expect(worker.locator('[role="alert"]').first()).toBeVisible();

    // Reassigned to a colleague while the page was open: refused at the field, the words kept.
    assignCaseTo(caseId, other.id);
    await requestForm(worker).locator('#field-request').fill('Please send the hospital bill.');
    await requestForm(worker).getByRole('button', { name: s.requestInfo }).click();
    await expect(worker.locator('#field-request-error')).toHaveText(s.problems.notFound);
    await expect(requestForm(worker).locator('#field-request')).toHaveValue('Please send the hospital bill.');
    await caseworker.context.close();
    await other.context.close();
  });
});
