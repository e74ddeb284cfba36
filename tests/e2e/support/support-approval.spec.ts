import { test, expect } from '../fixtures';
import { signInResident } from './resident';
import { signedInStaff } from './staff';
import { withE2eDb } from './db';
import { expectNoAxeViolations } from './axe';
import { APPROVAL_RESIDENT_EMAIL } from '../../support/e2e-fixture-names';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

const s = en.AdminSupport;
const won = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'KRW', maximumFractionDigits: 0 }).format(amount);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

/**
 * Issue 12, "must show" 1 from submission on: a caseworker asks for more, the resident answers in
 * Vietnamese, the caseworker proposes a grant above the approval amount (3,000,000 won by default)
 * and only sees it wait, a supervisor approves it by keyboard, and the resident sees the decision
 * in "my requests". The application is submitted through the data layer before the server
 * starts (the apply pages have their own test); staff sessions are made directly (signedInStaff).
 */
test('a grant above the approval amount waits for a supervisor, who approves it by keyboard; the resident sees the decision in Vietnamese', async ({ page, browser }) => {
  test.setTimeout(90_000);
  // Submitted in Vietnamese through the data layer before the server started (tests/support/e2e-fixtures.ts).
  const email = APPROVAL_RESIDENT_EMAIL;
  const { caseId, reference } = withE2eDb(
    (db) =>
      db.prepare('SELECT c.id AS caseId, c.reference FROM "Case" c JOIN Resident r ON r.id = c.residentId WHERE r.email = ? AND c.kind = \'EMERGENCY_SUPPORT\'').get(email) as {
        caseId: string;
        reference: string;
      },
  );
  const [caseworker, supervisor] = await Promise.all([signedInStaff(browser, ['caseworker']), signedInStaff(browser, ['supervisor'])]);
  // A supervisor assigns support applications (they never sit in the open pool): this one to the caseworker.
  withE2eDb((db) => db.prepare('UPDATE "Case" SET assigneeId = ? WHERE id = ?').run(caseworker.id, caseId));
  const casePage = `/admin/cases/${caseId}`;
  const cw = caseworker.page;

  // The caseworker asks for more evidence, with a due day a week ahead.
  await cw.goto(casePage);
  await cw.locator('#field-request').fill('Xin gửi hoá đơn viện phí có dấu của bệnh viện.');
  await cw.locator('#field-dueOn').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await cw.getByRole('button', { name: s.requestInfo }).click();
  await expect(cw.getByText(s.done.moved_request_info)).toBeVisible();

  // The resident answers from "my requests", in Vietnamese.
  await signInResident(page, 'vi', email);
  await page.getByRole('link', { name: vi.Cases.EMERGENCY_SUPPORT.summary.answer }).click();
  await expect(page.locator('[data-request]')).toHaveText('Xin gửi hoá đơn viện phí có dấu của bệnh viện.');
  await page.locator('#field-answer').fill('Tôi đã gửi hoá đơn có dấu của bệnh viện qua bưu điện hôm nay.');
  await page.getByRole('button', { name: vi.Support.requests.submit }).click();
  await expect(page.getByText(vi.Support.requests.sent)).toBeVisible();

  // Back in review, the caseworker proposes 3,500,000 won: above the amount, so it waits.
  await cw.goto(casePage);
  await cw.getByLabel(s.approve, { exact: true }).check();
  await cw.locator('#field-amount').fill('3,500,000');
  await cw.locator('#field-note').fill('Hoá đơn viện phí 3.600.000 won.');
  await cw.getByRole('button', { name: s.decide }).click();
  await expect(cw.getByText(s.done.proposed)).toBeVisible();
  const waiting = cw.locator('[data-approval]');
  await expect(waiting.getByRole('heading', { name: s.approval.title })).toBeVisible();
  await expect(waiting.locator('[data-approval-amount]')).toHaveText(won(3_500_000));
  await expect(waiting).toContainText(caseworker.name);
  await expect(waiting.locator('[data-approval-waiting]')).toHaveText(s.approval.waiting);
  // The proposer can neither answer it nor decide again while it waits.
  await expect(cw.locator('input[name="answer"]')).toHaveCount(0);
  await expect(cw.locator('input[name="outcome"]')).toHaveCount(0);
  await expectNoAxeViolations(cw, 'support panel waiting for approval');

  // The supervisor approves with the keyboard only: Space on the choice, Tab to the note, Tab to the button, Enter.
  const sv = supervisor.page;
  await sv.goto(casePage);
  await expect(sv.locator('[data-approval-amount]')).toHaveText(won(3_500_000));
  const approve = sv.getByLabel(s.approval.approve, { exact: true });
  await approve.focus();
  await sv.keyboard.press('Space');
  await expect(approve).toBeChecked();
  await sv.keyboard.press('Tab');
  await expect(sv.getByLabel(s.approval.answerNote)).toBeFocused();
  await sv.keyboard.type('Checked against the bill.');
  await sv.keyboard.press('Tab');
  await expect(sv.getByRole('button', { name: s.approval.submit })).toBeFocused();
  await sv.keyboard.press('Enter');
  await expect(sv.getByText(s.done.approval_approved)).toBeVisible();
  await expect(sv.locator('[data-approval]')).toHaveCount(0);
  // Both answers on the timeline: the proposal, and the approval naming both people.
  const timeline = sv.locator('section[aria-labelledby="timeline-heading"]');
  await expect(timeline).toContainText(en.Cases.EMERGENCY_SUPPORT.events.approval_requested);
  await expect(timeline).toContainText(fill(s.timeline.proposed, { amount: won(3_500_000) }));
  await expect(timeline).toContainText(fill(s.timeline.approvedWithApprover, { amount: won(3_500_000), proposer: caseworker.name, approver: supervisor.name }));
  await expect(timeline).toContainText(fill(s.timeline.approvalNote, { note: 'Checked against the bill.' }));

  // The resident sees the decision in "my requests", in Vietnamese.
  await page.goto('/vi/account');
  const card = page.locator('li', { hasText: reference });
  await expect(card).toContainText(vi.Cases.EMERGENCY_SUPPORT.residentStatus.APPROVED);
  await expect(card).toContainText(vi.Cases.EMERGENCY_SUPPORT.residentEvents.approved);
  await expect(card).not.toContainText(vi.Cases.EMERGENCY_SUPPORT.events.approval_requested);

  await Promise.all([caseworker.context.close(), supervisor.context.close()]);
});
