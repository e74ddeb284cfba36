import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildResident } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import type { Permission } from '@/lib/auth/roles';
import { seedSupport } from '@/prisma/seed/support';
import { openCase, setAssignee } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { decideSupportCase } from '@/lib/support/staff/work';
import { answerApproval, approvalThreshold, pendingApproval, waitingApproval } from '@/lib/support/staff/approval';
import { withdrawApplication } from '@/lib/support/application/withdraw';

const now = new Date('2026-12-01T01:00:00Z');
const later = new Date('2026-12-01T02:00:00Z');
const ABOVE = 1_000_000;
const approve = (note = '') => ({ answer: 'approve', note });

describeEachDatabase('supervisor approval of a grant above the configured amount', (ctx) => {
  let residentId: string;
  let caseworker: StaffContext;
  let otherCaseworker: StaffContext;
  let supervisor: StaffContext;
  let otherSupervisor: StaffContext;
  let administrator: StaffContext;

  /** A submitted medical application, assigned to the caseworker (a supervisor assigns support cases). */
  async function submitted(db: Db, assigneeId: string | null = caseworker.id) {
    const programme = await db.supportProgramme.findUniqueOrThrow({ where: { code: 'MEDICAL' } });
    const created = await db.$transaction((tx) => openCase(tx, emergencySupportKind, { residentId, locale: 'ko', status: 'SUBMITTED', event: 'submitted', actor: { type: 'resident' }, at: now }));
    await db.supportApplication.create({ data: { residentId, programmeId: programme.id, draftId: `draft-${created.id}`, caseId: created.id, locale: 'ko', submittedAt: now } });
    if (assigneeId) await setAssignee(db, created.id, assigneeId);
    return created.id;
  }

  /** A grant of 1,200,000 proposed by the caseworker, waiting for approval. */
  async function proposed(db: Db) {
    const caseId = await submitted(db);
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '1,200,000', note: 'Hospital bills' }, now, ABOVE)).toEqual({ ok: true, awaitingApproval: true });
    return caseId;
  }

  beforeAll(async () => {
    const { db } = ctx();
    await seedSupport(db);
    residentId = (await db.resident.create({ data: buildResident({ email: `ap-${Date.now()}@example.com` }) })).id;
    caseworker = await staffWith(db, ['caseworker']);
    otherCaseworker = await staffWith(db, ['caseworker']);
    supervisor = await staffWith(db, ['supervisor']);
    otherSupervisor = await staffWith(db, ['supervisor']);
    administrator = await staffWith(db, ['administrator']);
  });

  it('waits above 3,000,000 won by default, reads SUPPORT_APPROVAL_ABOVE, turns off with "none" and refuses what is not whole won', () => {
    expect(approvalThreshold({})).toBe(3_000_000);
    expect(approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '' })).toBe(3_000_000);
    expect(approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '1500000' })).toBe(1_500_000);
    expect(approvalThreshold({ SUPPORT_APPROVAL_ABOVE: 'none' })).toBeNull();
    expect(() => approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '1.5m' })).toThrow(/SUPPORT_APPROVAL_ABOVE/);
    expect(() => approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '-1' })).toThrow(/SUPPORT_APPROVAL_ABOVE/);
  });

  it('lets a caseworker decide a grant at or below the amount at once, on a case assigned to them', async () => {
    const { db } = ctx();
    const caseId = await submitted(db);
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: String(ABOVE), note: '' }, now, ABOVE)).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('APPROVED');
  });

  it('holds a grant above the amount for another person with support:approve; the proposer cannot approve it, even a supervisor', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await db.supportApplication.findUniqueOrThrow({ where: { caseId } })).toMatchObject({ decidedAmount: null });
    expect(await pendingApproval(db, caseId)).toMatchObject({ proposerId: caseworker.id, amount: 1_200_000 });

    // While it waits, nobody decides it another way, and the caseworker cannot approve it.
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '500000', note: '' }, now, ABOVE)).toMatchObject({ ok: false, refused: 'awaiting_approval' });
    expect(await answerApproval(db, caseworker, caseId, approve(), later)).toMatchObject({ ok: false, refused: 'noPermission' });

    expect(await answerApproval(db, supervisor, caseId, approve('Checked against the bills'), later)).toEqual({ ok: true, answer: 'approve' });
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(row.status).toBe('APPROVED');
    expect(row.events.map((e) => e.type)).toEqual(['submitted', 'approval_requested', 'approved']);
    // The proposer's explanation stays the decision's; the approver's note is kept beside it for staff.
    expect(row.events.at(-1)).toMatchObject({
      actorId: supervisor.id,
      note: 'Hospital bills',
      data: { amount: 1_200_000, proposedBy: caseworker.id, approvedBy: supervisor.id, approvalNote: 'Checked against the bills' },
    });
    expect(await db.supportApplication.findUniqueOrThrow({ where: { caseId } })).toMatchObject({ decidedAmount: 1_200_000 });
    // Answered once.
    expect(await answerApproval(db, otherSupervisor, caseId, approve(), later)).toMatchObject({ ok: false, refused: 'nothing_to_approve' });
    expect(await db.auditLog.count({ where: { actorId: supervisor.id, action: 'change', entity: 'SupportApplication' } })).toBeGreaterThan(0);

    // A supervisor's own proposal above the amount also waits for someone else.
    const second = await submitted(db, null);
    expect(await decideSupportCase(db, supervisor, second, { outcome: 'approve', amount: '2000000', note: '' }, now, ABOVE)).toEqual({ ok: true, awaitingApproval: true });
    expect(await answerApproval(db, supervisor, second, approve(), later)).toMatchObject({ ok: false, refused: 'own_proposal' });
    expect((await db.case.findUniqueOrThrow({ where: { id: second } })).status).toBe('SUBMITTED');
  });

  it('declined, the proposal ends on the timeline and the case can be decided again', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    expect(await answerApproval(db, supervisor, caseId, { answer: 'decline', note: 'Only the bills in the file' }, later)).toEqual({ ok: true, answer: 'decline' });
    expect(await pendingApproval(db, caseId)).toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '900000', note: '' }, later, ABOVE)).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('APPROVED');
  });

  it('shows the waiting grant for the panel, with the answer form only for someone who may approve it and did not propose it', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    expect(await waitingApproval(db, caseworker, caseId)).toMatchObject({ amount: 1_200_000, proposedBy: caseworker.name, proposedAt: now, note: 'Hospital bills', mayAnswer: false });
    expect(await waitingApproval(db, supervisor, caseId)).toMatchObject({ amount: 1_200_000, proposedBy: caseworker.name, mayAnswer: true });
    expect(await waitingApproval(db, administrator, caseId)).toMatchObject({ mayAnswer: false });
    expect(await waitingApproval(db, supervisor, await submitted(db))).toBeNull();
  });

  it('refuses an answer posted without an answer chosen, at its field, and one too long, writing nothing', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    const empty = await answerApproval(db, supervisor, caseId, { answer: '', note: '' }, later);
    expect(empty.ok === false && 'invalid' in empty && empty.invalid.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['answer', 'choose']]);
    const long = await answerApproval(db, supervisor, caseId, { answer: 'approve', note: 'x'.repeat(2001) }, later);
    expect(long.ok === false && 'invalid' in long && long.invalid.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['note', 'tooLong']]);
    expect(await pendingApproval(db, caseId)).not.toBeNull();
  });

  it('refuses an answer after the applicant withdrew while it waited', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    expect((await withdrawApplication(db, residentId, caseId, later)).ok).toBe(true);
    expect(await answerApproval(db, supervisor, caseId, approve(), later)).toMatchObject({ ok: false, refused: 'not_allowed', values: { status: 'WITHDRAWN' } });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('WITHDRAWN');
  });

  it('refuses a form posted directly by someone without support:approve, or without access to the case, and changes nothing (IDOR)', async () => {
    const { db } = ctx();
    const caseId = await proposed(db);
    // Roles without support:approve: the caseworker who proposed it, another caseworker, an administrator (who sees every case).
    for (const someone of [caseworker, otherCaseworker, administrator]) {
      expect(await answerApproval(db, someone, caseId, approve(), later)).toMatchObject({ ok: false, refused: 'noPermission' });
    }
    // Someone allowed to approve but not to change this case (only the cases assigned to them),
    // and a made-up or unrelated case id: the same refusal as a case that does not exist.
    const elsewhere = { ...otherSupervisor, id: otherCaseworker.id, permissions: new Set<Permission>(['support:approve', 'case:read:assigned', 'case:update:assigned']) };
    expect(await answerApproval(db, elsewhere, caseId, approve(), later)).toEqual({ ok: false, refused: 'not_allowed', values: undefined });
    expect(await answerApproval(db, supervisor, 'no-such-case', approve(), later)).toEqual({ ok: false, refused: 'not_allowed', values: undefined });
    expect(await pendingApproval(db, caseId)).toMatchObject({ proposerId: caseworker.id });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await db.caseEvent.count({ where: { caseId } })).toBe(2);

    // Deciding is checked the same way: a caseworker decides only the cases assigned to them.
    const notTheirs = await submitted(db, caseworker.id);
    expect(await decideSupportCase(db, otherCaseworker, notTheirs, { outcome: 'approve', amount: '500000', note: '' }, now, ABOVE)).toEqual({ ok: false, refused: 'not_allowed', values: undefined });
    const withoutDecide = { ...caseworker, permissions: new Set<Permission>(['case:read:assigned', 'case:update:assigned']) };
    expect(await decideSupportCase(db, withoutDecide, notTheirs, { outcome: 'approve', amount: '500000', note: '' }, now, ABOVE)).toMatchObject({ ok: false, refused: 'noPermission' });
    expect((await db.case.findUniqueOrThrow({ where: { id: notTheirs } })).status).toBe('SUBMITTED');
  });
});
