import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildResident, buildStaffUser } from '@/prisma/builders';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { openCase } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { otherCasesOf } from '@/lib/cases/related/other-cases';
import { possibleDuplicates } from '@/lib/cases/related/duplicates';
import { similarNames } from '@/lib/cases/related/name-match';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}

describeEachDatabase('the case page: the resident’s other cases and possible duplicate residents', (ctx) => {
  let supervisor: StaffContext;
  let counsellor: StaffContext;
  let colleague: StaffContext;

  beforeAll(async () => {
    const { db } = ctx();
    supervisor = await actorFor(db, ['supervisor']);
    counsellor = await actorFor(db, ['counsellor']);
    colleague = await actorFor(db, ['counsellor']);
  });

  const open = (residentId: string, assigneeId: string | null) =>
    ctx().db.$transaction((tx) => openCase(tx, consultationKind, { residentId, locale: 'km', status: 'SCHEDULED', event: 'booked', actor: { type: 'resident' }, assigneeId }));

  it('lists only the other cases the viewer may read, and says nothing of the rest', async () => {
    const resident = await ctx().db.resident.create({ data: buildResident({ phone: '+821055550001' }) });
    const current = await open(resident.id, counsellor.id);
    const own = await open(resident.id, counsellor.id);
    const colleagues = await open(resident.id, colleague.id);
    expect((await otherCasesOf(counsellor, resident.id, current.id)).map((c) => c.id)).toEqual([own.id]);
    expect((await otherCasesOf(supervisor, resident.id, current.id)).map((c) => c.id).sort()).toEqual([own.id, colleagues.id].sort());
    expect((await otherCasesOf(colleague, resident.id, colleagues.id)).map((c) => c.id)).toEqual([]);
  });

  it('flags records with the same phone, the same email in another case, or a similar name, and only supervisors see who', async () => {
    const { db } = ctx();
    const tag = Date.now().toString(36);
    const resident = await db.resident.create({ data: buildResident({ name: `Sokha Chan ${tag}`, phone: '+821077770001', email: `sokha-${tag}@example.org` }) });
    const samePhone = await db.resident.create({ data: buildResident({ name: 'S. C.', phone: '+821077770001', email: null }) });
    const sameEmail = await db.resident.create({ data: buildResident({ name: 'Someone', phone: null, email: `SOKHA-${tag}@example.org` }) });
    const similar = await db.resident.create({ data: buildResident({ name: `chan ${tag} SOKHA`, phone: '+821077770002', email: null }) });
    await db.resident.create({ data: buildResident({ name: `Chan Dara ${tag}x`, phone: '+821077770003', email: null }) });
    await open(samePhone.id, colleague.id);

    const seen = await possibleDuplicates(supervisor, resident.id);
    const byId = Object.fromEntries((seen.rows ?? []).map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual([samePhone.id, sameEmail.id, similar.id].sort());
    expect(byId[samePhone.id]).toMatchObject({ reasons: ['samePhone'], cases: 1 });
    expect(byId[similar.id]!.reasons).toEqual(['similarName']);
    // Nothing is merged: every record is still there, with its own cases.
    expect(await db.resident.count({ where: { id: { in: [resident.id, samePhone.id, sameEmail.id, similar.id] } } })).toBe(4);
    // Reviewing them is logged as a view of the resident's data.
    expect(await db.auditLog.count({ where: { action: 'view', entity: 'Resident', entityId: resident.id, actorId: supervisor.id } })).toBe(1);

    // A counsellor learns only how many, never whose records.
    expect(await possibleDuplicates(counsellor, resident.id)).toEqual({ count: 3, rows: null });
  });

  it('compares names as words, ignoring case, accents and order', () => {
    expect(similarNames('Nguyễn Văn An', 'nguyen van an')).toBe(true);
    expect(similarNames('Nguyen Van An', 'An Nguyen Van')).toBe(true);
    expect(similarNames('Nguyen An', 'Nguyen Van An')).toBe(true);
    expect(similarNames('An', 'Nguyen Van An')).toBe(false);
    expect(similarNames('Nguyen Van An', 'Nguyen Van Binh')).toBe(false);
  });
});
