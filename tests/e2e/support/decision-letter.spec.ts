import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { signInResident, residentRow } from './resident';
import { signedInStaff } from './staff';
import { withE2eDb } from './db';
import { expectNoAxeViolations } from './axe';
import vi from '@/messages/vi.json';

/** A submitted medical-expenses application in Vietnamese, as the apply pages leave it (the pages themselves are emergency-support.spec.ts). */
function submittedApplication(residentId: string, fullName: string) {
  return withE2eDb((db) => {
    const caseId = `c_${crypto.randomBytes(6).toString('hex')}`;
    const reference = `ES-${crypto.randomBytes(3).toString('hex').toUpperCase()}-L1`;
    const now = new Date().toISOString();
    const programme = db.prepare("SELECT id FROM SupportProgramme WHERE code = 'MEDICAL'").get() as { id: string };
    const rules = db.prepare('SELECT id FROM SupportRuleSet WHERE programmeId = ? ORDER BY effectiveFrom DESC LIMIT 1').get(programme.id) as { id: string };
    db.prepare("INSERT INTO \"Case\" (id, reference, kind, status, locale, residentId, language, createdAt, updatedAt) VALUES (?, ?, 'EMERGENCY_SUPPORT', 'SUBMITTED', 'vi', ?, 'vi', ?, ?)").run(
      caseId,
      reference,
      residentId,
      now,
      now,
    );
    db.prepare("INSERT INTO CaseEvent (id, caseId, type, toStatus, createdAt) VALUES (?, ?, 'submitted', 'SUBMITTED', ?)").run(`e_${caseId}`, caseId, now);
    const answers = {
      applicant: { fullName, phone: '+82-10-5555-0101', address: 'Wongok-dong, Ansan', nationality: 'VN', visa: 'E-9', residenceMonths: 24, arnMasked: '900101-5******' },
      household: { members: [] },
      crisis: { reason: 'illness_injury', date: '2026-11-20', description: 'Hospital stay' },
      costs: { monthlyIncome: 900000, assets: 0, costsAmount: 1234500, costsNote: '' },
      bank: { bankName: 'KEB Hana', holder: fullName, accountMasked: '••••4321' },
    };
    db.prepare(
      'INSERT INTO SupportApplication (id, residentId, programmeId, draftId, caseId, locale, ruleSetId, answers, submittedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(`a_${caseId}`, residentId, programme.id, `d_${caseId}`, caseId, 'vi', rules.id, JSON.stringify(answers), now, now, now);
    return { caseId, reference };
  });
}

function pdfText(pdf: Buffer, name: string) {
  const dir = path.join(process.cwd(), 'test-results', 'letters');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, name)]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ');
}

test('a supervisor approves; staff and the applicant download the Vietnamese decision letter, as a PDF attachment', async ({ browser }) => {
  test.setTimeout(90_000);
  const email = `letter.${crypto.randomBytes(4).toString('hex')}@e2e.test`;
  const residentId = residentRow(email, 'vi');
  const { caseId, reference } = submittedApplication(residentId, 'Nguyễn Thị Hoa');

  const staff = await signedInStaff(browser, ['supervisor']);
  await staff.page.goto(`/admin/cases/${caseId}`);
  await staff.page.locator('input[name="outcome"][value="approve"]').check();
  await staff.page.locator('input[name="amount"]').fill('1,234,500');
  await staff.page.getByRole('button', { name: 'Record decision' }).click();
  const ready = staff.page.locator('[data-testid="support-letters"] [data-letter-status="READY"]');
  await expect(ready).toBeVisible();
  const [download] = await Promise.all([staff.page.waitForEvent('download'), ready.getByRole('button').click()]);
  expect(download.suggestedFilename()).toBe(`decision-${reference}.pdf`);
  const staffCopy = fs.readFileSync((await download.path())!);
  await staff.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInResident(page, 'vi', email);
  await page.getByRole('link', { name: vi.Cases.EMERGENCY_SUPPORT.summary.letter }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/support/requests/${caseId}$`));
  await expect(page.locator('h1')).toHaveText(vi.Support.requests.letterTitle);
  await expectNoAxeViolations(page, 'decision letter page');
  const href = (await page.getByRole('link', { name: vi.Support.requests.letterDownload }).getAttribute('href'))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' });
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="decision-ES-/);
  const pdf = await response.body();
  expect(pdf.equals(staffCopy)).toBe(true);
  const text = pdfText(pdf, 'e2e-vi-approved');
  expect(text).toContain(vi.SupportLetter.title);
  expect(text).toContain(reference);
  expect(text).toContain(new Intl.NumberFormat('vi', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(1_234_500).replace(/\s+/g, ' '));
  // Another case's address with this letter's id is not found.
  expect((await page.request.get(href.replace(caseId, 'c_someone_else'))).status()).toBe(404);
  await context.close();
});
