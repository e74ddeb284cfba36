import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildResident } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { seedSupport } from '@/prisma/seed/support';
import { openCase } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { decideSupportCase } from '@/lib/support/staff/work';
import { answerApproval, approvalThreshold, pendingApproval } from '@/lib/support/staff/approval';

const now = new Date('2026-12-01T01:00:00Z');
const later = new Date('2026-12-01T02:00:00Z');
const ABOVE = 1_000_000;

async function submitted(db: Db, residentId: string) {
  const programme = await db.supportProgramme.findUniqueOrThrow({ where: { code: 'MEDICAL' } });
  const created = await db.$transaction((tx) => openCase(tx, emergencySupportKind, { residentId, locale: 'ko', status: 'SUBMITTED', event: 'submitted', actor: { type: 'resident' }, at: now }));
  await db.supportApplication.create({ data: { residentId, programmeId: programme.id, draftId: `draft-${created.id}`, caseId: created.id, locale: 'ko', submittedAt: now } });
  return created.id;
}

describeEachDatabase('supervisor approval of a grant above the configured amount', (ctx) => {
  let residentId: string;
  let caseworker: StaffContext;
  let supervisor: StaffContext;
  let otherSupervisor: StaffContext;

  beforeAll(async () => {
    const { db } = ctx();
    await seedSupport(db);
    residentId = (await db.resident.create({ data: buildResident({ email: `ap-${Date.now()}@example.com` }) })).id;
    caseworker = await staffWith(db, ['caseworker']);
    supervisor = await staffWith(db, ['supervisor']);
    otherSupervisor = await staffWith(db, ['supervisor']);
  });

  it('reads the amount from SUPPORT_APPROVAL_ABOVE, asks for no approval when it is unset, and refuses a value that is not whole won', () => {
    expect(approvalThreshold({})).toBeNull();
    expect(approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '1500000' })).toBe(1_500_000);
    expect(() => approvalThreshold({ SUPPORT_APPROVAL_ABOVE: '1.5m' })).toThrow(/SUPPORT_APPROVAL_ABOVE/);
  });

  it('decides a grant at or below the amount at once', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: String(ABOVE), note: '' }, now, ABOVE)).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('APPROVED');
  });

  it('holds a grant above the amount for another person with support:approve; the proposer cannot approve it, even a supervisor', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '1,200,000', note: 'Hospital bills' }, now, ABOVE)).toEqual({ ok: true, awaitingApproval: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await db.supportApplication.findUniqueOrThrow({ where: { caseId } })).toMatchObject({ decidedAmount: null });
    expect(await pendingApproval(db, caseId)).toMatchObject({ proposerId: caseworker.id, amount: 1_200_000 });

    // While it waits, nobody decides it another way, and the caseworker cannot approve it.
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '500000', note: '' }, now, ABOVE)).toMatchObject({ ok: false, refused: 'awaiting_approval' });
    expect(await answerApproval(db, caseworker, caseId, 'approve', null, later)).toMatchObject({ ok: false, refused: 'no_permission' });

    expect(await answerApproval(db, supervisor, caseId, 'approve', null, later)).toEqual({ ok: true });
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(row.status).toBe('APPROVED');
    expect(row.events.map((e) => e.type)).toEqual(['submitted', 'approval_requested', 'approved']);
    expect(row.events.at(-1)).toMatchObject({ actorId: supervisor.id, note: 'Hospital bills', data: { amount: 1_200_000, proposedBy: caseworker.id, approvedBy: supervisor.id } });
    expect(await db.supportApplication.findUniqueOrThrow({ where: { caseId } })).toMatchObject({ decidedAmount: 1_200_000 });
    // Answered once.
    expect(await answerApproval(db, otherSupervisor, caseId, 'approve', null, later)).toMatchObject({ ok: false, refused: 'nothing_to_approve' });
    expect(await db.auditLog.count({ where: { actorId: supervisor.id, action: 'change', entity: 'SupportApplication' } })).toBeGreaterThan(0);

    // A supervisor's own proposal above the amount also waits for someone else.
    const second = await submitted(db, residentId);
    expect(await decideSupportCase(db, supervisor, second, { outcome: 'approve', amount: '2000000', note: '' }, now, ABOVE)).toEqual({ ok: true, awaitingApproval: true });
    expect(await answerApproval(db, supervisor, second, 'approve', null, later)).toMatchObject({ ok: false, refused: 'own_proposal' });
    expect((await db.case.findUniqueOrThrow({ where: { id: second } })).status).toBe('SUBMITTED');
  });

  it('declined, the proposal ends on the timeline and the case can be decided again', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '1500000', note: '' }, now, ABOVE);
    expect(await answerApproval(db, supervisor, caseId, 'decline', 'Only the bills in the file', later)).toEqual({ ok: true });
    expect(await pendingApproval(db, caseId)).toBeNull();
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '900000', note: '' }, later, ABOVE)).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('APPROVED');
  });
});
