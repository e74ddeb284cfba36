import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildResident } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { seedSupport } from '@/prisma/seed/support';
import { openCase, setAssignee } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { withdrawApplication, withdrawableCase } from '@/lib/support/application/withdraw';
import { requestInformation } from '@/lib/support/info-request/work';
import { decideSupportCase } from '@/lib/support/staff/work';

// Tuesday 1 December 2026, 10:00 in Seoul.
const now = new Date('2026-12-01T01:00:00Z');

/** A submitted application with its case, as submission leaves it (the answers do not matter here). */
async function submitted(db: Db, residentId: string) {
  const programme = await db.supportProgramme.findUniqueOrThrow({ where: { code: 'LIVING' } });
  const created = await db.$transaction((tx) => openCase(tx, emergencySupportKind, { residentId, locale: 'km', status: 'SUBMITTED', event: 'submitted', actor: { type: 'resident' }, at: now }));
  await db.supportApplication.create({ data: { residentId, programmeId: programme.id, draftId: `draft-${created.id}`, caseId: created.id, locale: 'km', submittedAt: now } });
  return created.id;
}

describeEachDatabase('withdrawing an emergency support application', (ctx) => {
  let residentId: string;
  let otherId: string;
  let caseworker: StaffContext;
  let supervisor: StaffContext;

  beforeAll(async () => {
    const { db } = ctx();
    await seedSupport(db);
    residentId = (await db.resident.create({ data: buildResident({ email: `w-${Date.now()}@example.com`, preferredLocale: 'km' }) })).id;
    otherId = (await db.resident.create({ data: buildResident({ email: `w-other-${Date.now()}@example.com` }) })).id;
    caseworker = await staffWith(db, ['caseworker']);
    supervisor = await staffWith(db, ['supervisor']);
  });

  it('moves the case to WITHDRAWN on the timeline, as the resident, closed for staff, audited', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    const later = new Date(now.getTime() + 3_600_000);
    expect(await withdrawApplication(db, residentId, caseId, later)).toMatchObject({ ok: true, reference: expect.stringMatching(/^ES-/) });
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: { orderBy: { createdAt: 'asc' } } } });
    expect(row).toMatchObject({ status: 'WITHDRAWN', closedAt: later, dueAt: null });
    expect(row.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['submitted', null, 'SUBMITTED', null],
      ['withdrawn', 'SUBMITTED', 'WITHDRAWN', null],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: caseId, action: 'change' } });
    expect(audit).toMatchObject({ actorType: 'resident', actorId: residentId, residentId, entity: 'Case', detail: { move: 'withdraw' } });
    // Withdrawn once: a second click, and a staff decision afterwards, are refused.
    expect(await withdrawApplication(db, residentId, caseId, later)).toEqual({ ok: false, refused: 'not_withdrawable', values: undefined });
    await setAssignee(db, caseId, caseworker.id);
    expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'approve', amount: '500000', note: '' })).toMatchObject({ ok: false, refused: 'not_allowed' });
  });

  it('refuses another resident and a made-up id, and audits the attempt; nothing changes', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    expect(await withdrawableCase(db, otherId, caseId)).toBeNull();
    expect(await withdrawApplication(db, otherId, caseId, now)).toMatchObject({ ok: false, refused: 'not_withdrawable' });
    expect(await withdrawApplication(db, otherId, 'made-up', now)).toMatchObject({ ok: false, refused: 'not_withdrawable' });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('SUBMITTED');
    expect(await db.auditLog.count({ where: { actorId: otherId, action: 'access_denied', entityId: { in: [caseId, 'made-up'] } } })).toBe(2);
  });

  it('is possible while the case waits on the resident, and closes the open request', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    await setAssignee(db, caseId, caseworker.id);
    expect(await requestInformation(db, caseworker, caseId, { request: 'Send the hospital bill', dueOn: '2026-12-10' }, now)).toEqual({ ok: true });
    expect(await withdrawableCase(db, residentId, caseId)).toMatchObject({ status: 'INFO_REQUESTED' });
    expect(await withdrawApplication(db, residentId, caseId, now)).toMatchObject({ ok: true });
    expect(await db.supportInfoRequest.count({ where: { caseId, answeredAt: null } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('WITHDRAWN');
  });

  it('is refused after a decision', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'reject', reason: 'other', note: 'Not in the city' })).toEqual({ ok: true });
    expect(await withdrawableCase(db, residentId, caseId)).toBeNull();
    expect(await withdrawApplication(db, residentId, caseId, now)).toMatchObject({ ok: false, refused: 'not_withdrawable' });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('REJECTED');
  });

  it('withdraws once when two clicks arrive together', async () => {
    const { db } = ctx();
    const caseId = await submitted(db, residentId);
    const results = await Promise.all([withdrawApplication(db, residentId, caseId, now), withdrawApplication(db, residentId, caseId, now)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.caseEvent.count({ where: { caseId, type: 'withdrawn' } })).toBe(1);
  });
});
