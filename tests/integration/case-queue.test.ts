import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCenter, buildCity, buildResident, buildStaffUser } from '@/prisma/builders';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { openCase, transition } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { parseQueueFilter, type QueueFilter } from '@/lib/cases/queue/filters';
import { listQueue, QUEUE_PAGE_SIZE } from '@/lib/cases/queue/list';
import { countByStatus } from '@/lib/cases/queue/count';
import { listViews } from '@/lib/cases/queue/list-views';
import { saveView } from '@/lib/cases/queue/save-view';
import { renameView } from '@/lib/cases/queue/rename-view';
import { deleteView } from '@/lib/cases/queue/delete-view';
import { services } from '@/lib/registry/services';

const kinds = services.map((service) => service.kind);

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}

type CaseSpec = { assigneeId?: string | null; language?: string; interpreterNeeded?: boolean; at?: Date; resident?: Partial<Parameters<typeof buildResident>[0]>; closeAs?: 'CANCELLED' };

/** Every page of the queue for these filters, following the next links. */
async function allPages(actor: StaffContext, filter: QueueFilter) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listQueue(actor, filter, kinds, { after });
    seen.push(...page.rows.map((r) => r.id));
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('pager did not end');
}

describeEachDatabase('the case queue: filters, search, keyset pages, access and saved views', (ctx) => {
  let supervisor: StaffContext;
  let counsellor: StaffContext;
  let colleague: StaffContext;
  let cityId: string;

  beforeAll(async () => {
    const { db } = ctx();
    cityId = (await db.city.create({ data: buildCity() })).id;
    supervisor = await actorFor(db, ['supervisor']);
    counsellor = await actorFor(db, ['counsellor']);
    colleague = await actorFor(db, ['counsellor']);
  });

  /** A centre of its own per test: every query of a test is scoped to it, so tests never see each other's cases. */
  const newCentre = async () => (await ctx().db.center.create({ data: buildCenter(cityId) })).id;

  async function makeCase(centerId: string, spec: CaseSpec = {}) {
    const { db } = ctx();
    const resident = await db.resident.create({ data: buildResident(spec.resident) });
    return db.$transaction(async (tx) => {
      const opened = await openCase(tx, consultationKind, {
        residentId: resident.id,
        locale: 'en',
        status: 'SCHEDULED',
        event: 'booked',
        actor: { type: 'resident' },
        assigneeId: spec.assigneeId === undefined ? counsellor.id : spec.assigneeId,
        language: spec.language ?? 'vi',
        interpreterNeeded: spec.interpreterNeeded ?? false,
        centerId,
        dueAt: new Date('2026-12-20T01:00:00Z'),
        at: spec.at,
      });
      if (spec.closeAs) await transition(tx, consultationKind, opened.id, { to: spec.closeAs, event: 'cancelled', actor: { type: 'resident' } });
      return { ...opened, residentId: resident.id };
    });
  }

  const ids = async (actor: StaffContext, filter: Record<string, string>) => (await listQueue(actor, parseQueueFilter(filter), kinds)).rows.map((r) => r.id).sort();

  it('filters by language, interpreter, assignee ("me", "unassigned", a colleague), nationality, status, open or closed, and dates', async () => {
    const centre = await newCentre();
    const khmerUnassigned = await makeCase(centre, { assigneeId: null, language: 'km', interpreterNeeded: true, resident: { nationality: 'KH' } });
    const khmerMine = await makeCase(centre, { language: 'km', resident: { nationality: 'KH' } });
    const vietColleague = await makeCase(centre, { assigneeId: colleague.id, resident: { nationality: 'VN' } });
    const old = await makeCase(centre, { at: new Date('2025-03-10T03:00:00Z'), closeAs: 'CANCELLED' });
    const as = (filter: Record<string, string>) => ids(supervisor, { centre, ...filter });

    expect(await as({})).toEqual([khmerUnassigned.id, khmerMine.id, vietColleague.id, old.id].sort());
    expect(await as({ lang: 'km', assignee: 'unassigned' })).toEqual([khmerUnassigned.id]);
    expect(await as({ interp: 'yes' })).toEqual([khmerUnassigned.id]);
    expect(await as({ interp: 'no', lang: 'km' })).toEqual([khmerMine.id]);
    expect(await as({ assignee: colleague.id })).toEqual([vietColleague.id]);
    expect(await ids(counsellor, { centre, assignee: 'me' })).toEqual([khmerMine.id, old.id].sort());
    expect(await as({ nat: 'VN' })).toEqual([vietColleague.id, old.id].sort());
    expect(await as({ status: 'CANCELLED' })).toEqual([old.id]);
    expect(await as({ state: 'closed' })).toEqual([old.id]);
    expect((await as({ state: 'open' })).length).toBe(3);
    expect(await as({ createdTo: '2025-12-31' })).toEqual([old.id]);
    // 2025-03-10 12:00 in Seoul: inside that city day, not the day before.
    expect(await as({ createdFrom: '2025-03-10', createdTo: '2025-03-10' })).toEqual([old.id]);
    expect(await as({ createdFrom: '2025-03-11', createdTo: '2025-12-31' })).toEqual([]);
    // A value that is not a declared status or a valid parameter is ignored, not trusted.
    expect(await as({ status: 'DROP_TABLE', lang: '<script>' })).toHaveLength(4);
    // The row carries what the queue shows.
    const [row] = (await listQueue(supervisor, parseQueueFilter({ centre, interp: 'yes' }), kinds)).rows;
    expect(row).toMatchObject({
      reference: expect.stringMatching(/^CO-/),
      kind: 'CONSULTATION',
      status: 'SCHEDULED',
      language: 'km',
      interpreterNeeded: true,
      assignee: null,
      dueAt: new Date('2026-12-20T01:00:00Z'),
    });
    expect(row).not.toHaveProperty('email');
  });

  it('finds a resident by phone however it is typed, by email in any case, by part of the name and by reference', async () => {
    const centre = await newCentre();
    const target = await makeCase(centre, { resident: { name: 'Sokha Chan', phone: '+821098765432', email: 'sokha.chan@example.org' } });
    await makeCase(centre, { resident: { name: 'Dara Kim', phone: '+821011112222', email: 'dara@example.org' } });
    const search = (q: string) => ids(supervisor, { centre, q });
    for (const typed of ['010-9876-5432', '01098765432', '+82 10 9876 5432', '(010) 9876.5432', '+821098765432']) expect(await search(typed), typed).toEqual([target.id]);
    expect(await search('9876-5432')).toEqual([target.id]);
    expect(await search('SOKHA.CHAN@EXAMPLE.ORG')).toEqual([target.id]);
    expect(await search('sokha')).toEqual([target.id]);
    expect(await search('CHAN')).toEqual([target.id]);
    const reference = target.reference.toLowerCase().replace(/-/g, ' ');
    expect(await search(reference)).toEqual([target.id]);
    expect(await search('nobody-such@example.org')).toEqual([]);
  });

  it('pages by key: every case once, in order, while new cases arrive between pages; back and forth agree', async () => {
    const centre = await newCentre();
    const base = Date.parse('2026-11-01T00:00:00Z');
    const made: string[] = [];
    // Pairs share a creation time, so the id must break ties for the order to be total.
    for (let i = 0; i < 130; i++) made.push((await makeCase(centre, { at: new Date(base + Math.floor(i / 2) * 60_000) })).id);
    const filter = parseQueueFilter({ centre });
    const first = await listQueue(supervisor, filter, kinds);
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.previous).toBeNull();
    // Cases arrive between the first and the second page.
    for (let i = 0; i < 7; i++) await makeCase(centre, { at: new Date(base + 10 * 86_400_000 + i) });
    const second = await listQueue(supervisor, filter, kinds, { after: first.next! });
    const third = await listQueue(supervisor, filter, kinds, { after: second.next! });
    expect(third.next).toBeNull();
    const seen = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(130);
    expect([...seen].sort()).toEqual([...made].sort());
    const times = [...first.rows, ...second.rows, ...third.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Back from the third page is the second page again.
    const back = await listQueue(supervisor, filter, kinds, { before: third.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    // A forged cursor is no cursor: the first page.
    const fresh = await listQueue(supervisor, filter, kinds);
    expect((await listQueue(supervisor, filter, kinds, { after: 'not-a-cursor' })).rows).toEqual(fresh.rows);
    expect(await allPages(supervisor, filter)).toHaveLength(137);
  });

  it('a counsellor sees only their own cases, in rows and in counts, whatever the filters say', async () => {
    const centre = await newCentre();
    const own = await makeCase(centre, { assigneeId: counsellor.id, language: 'km' });
    const colleagues = await makeCase(centre, { assigneeId: colleague.id, language: 'km' });
    await makeCase(centre, { assigneeId: null, language: 'km' });
    await makeCase(centre, { assigneeId: colleague.id, closeAs: 'CANCELLED' });
    for (const filter of [{}, { assignee: colleague.id }, { assignee: 'unassigned' }, { lang: 'km' }, { q: colleagues.reference }]) {
      const visible = await allPages(counsellor, parseQueueFilter({ centre, ...filter }));
      expect(
        visible.every((id) => id === own.id),
        JSON.stringify(filter),
      ).toBe(true);
      const counts = await countByStatus(counsellor, parseQueueFilter({ centre, ...filter }), kinds);
      expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(visible.length);
    }
    const everyone = await countByStatus(supervisor, parseQueueFilter({ centre }), kinds);
    expect(Object.fromEntries(everyone.filter((c) => c.count > 0).map((c) => [c.status, c.count]))).toEqual({ SCHEDULED: 3, CANCELLED: 1 });
    // A staff member without any case permission sees nothing at all.
    const editor = await actorFor(ctx().db, ['editor']);
    expect(await allPages(editor, parseQueueFilter({ centre }))).toEqual([]);
    expect((await countByStatus(editor, parseQueueFilter({ centre }), kinds)).every((c) => c.count === 0)).toBe(true);
  });

  it('saved views: each staff member’s own stay theirs; shared ones are seen by all, managed by supervisors', async () => {
    const mine = await saveView(counsellor, { name: 'My open cases', shared: false, filters: { assignee: 'me', state: 'open', after: 'dropped', evil: 'x' } });
    expect(mine).toMatchObject({ ok: true });
    if (!mine.ok) return;
    expect(await saveView(counsellor, { name: 'Try sharing', shared: true, filters: {} })).toMatchObject({ ok: false, refused: 'mayNotShare' });
    expect(await saveView(counsellor, { name: '   ', shared: false, filters: {} })).toMatchObject({ ok: false, invalid: expect.anything() });
    const shared = await saveView(supervisor, { name: 'Unassigned Khmer cases', shared: true, filters: { assignee: 'unassigned', lang: 'km' } });
    if (!shared.ok) throw new Error('not saved');

    const names = async (actor: StaffContext) => (await listViews(actor)).map((v) => `${v.name}${v.shared ? ' (shared)' : ''}`);
    expect(await names(counsellor)).toEqual(expect.arrayContaining(['My open cases', 'Unassigned Khmer cases (shared)']));
    expect(await names(colleague)).not.toContain('My open cases');
    expect(await names(colleague)).toContain('Unassigned Khmer cases (shared)');
    const stored = (await listViews(counsellor)).find((v) => v.id === mine.viewId)!;
    expect(new URLSearchParams(stored.query).get('assignee')).toBe('me');
    expect(new URLSearchParams(stored.query).has('after')).toBe(false);
    expect(new URLSearchParams(stored.query).has('evil')).toBe(false);

    // Only the owner renames or deletes their own; a shared one only a supervisor.
    expect(await renameView(colleague, { viewId: mine.viewId, name: 'Taken' })).toMatchObject({ ok: false, refused: 'viewNotFound' });
    expect(await deleteView(colleague, { viewId: mine.viewId })).toMatchObject({ ok: false, refused: 'viewNotFound' });
    expect(await deleteView(counsellor, { viewId: shared.viewId })).toMatchObject({ ok: false, refused: 'viewNotFound' });
    expect(await renameView(counsellor, { viewId: mine.viewId, name: 'Mine, open' })).toMatchObject({ ok: true });
    expect(await renameView(supervisor, { viewId: shared.viewId, name: 'Khmer, nobody yet' })).toMatchObject({ ok: true });
    expect(await names(colleague)).toContain('Khmer, nobody yet (shared)');
    expect(await deleteView(counsellor, { viewId: mine.viewId })).toMatchObject({ ok: true });
    expect(await names(counsellor)).not.toContain('Mine, open');
    // An editor, who works on no cases, has no views, not even shared ones.
    expect(await listViews(await actorFor(ctx().db, ['editor']))).toEqual([]);
  });
});
