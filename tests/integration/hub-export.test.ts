import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCenter, buildCity, buildResident, buildStaffUser } from '@/prisma/builders';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { openCase } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { exportQueue } from '@/lib/hub/export/export-queue';
import { queueCsvStream } from '@/lib/hub/export/queue-csv';
import { parseQueueFilter } from '@/lib/cases/queue/filters';
import { services } from '@/lib/registry/services';

async function actorFor(db: Db, roles: Role[], name?: string): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles, ...(name ? { name } : {}) }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}

/** RFC 4180 as csv-stringify writes it: quoted fields may hold commas, quotes ("") and line breaks. */
function parse(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') endField();
    else if (!quoted && c === '\n') {
      endField();
      records.push(record);
      record = [];
    } else field += c;
  }
  if (field || record.length) {
    endField();
    records.push(record);
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

async function csvOf(result: Awaited<ReturnType<typeof exportQueue>>): Promise<string> {
  if (result.kind !== 'csv') throw new Error(`no csv: ${result.kind}`);
  // Read as bytes: Response.text() would drop the byte order mark the file starts with.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(result.stream).arrayBuffer());
}

describeEachDatabase('the case queue exported as CSV', (ctx) => {
  let supervisor: StaffContext;
  let counsellor: StaffContext;
  let colleague: StaffContext;
  let editor: StaffContext;
  let centre: string;

  beforeAll(async () => {
    const { db } = ctx();
    const cityId = (await db.city.create({ data: buildCity() })).id;
    centre = (await db.center.create({ data: buildCenter(cityId) })).id;
    supervisor = await actorFor(db, ['supervisor']);
    // A staff name a spreadsheet would run as a formula if it were written as it is.
    counsellor = await actorFor(db, ['counsellor'], '=HYPERLINK("http://evil.example","x")');
    colleague = await actorFor(db, ['counsellor']);
    editor = await actorFor(db, ['editor']);
  });

  async function makeCases(count: number, assigneeId: string | null, centerId = centre) {
    const { db } = ctx();
    const made: string[] = [];
    for (let i = 0; i < count; i++) {
      const resident = await db.resident.create({ data: buildResident({ name: `Export Resident ${i}`, email: `export-${assigneeId}-${i}-${Date.now()}@example.org` }) });
      const opened = await db.$transaction((tx) =>
        openCase(tx, consultationKind, { residentId: resident.id, locale: 'km', status: 'SCHEDULED', event: 'booked', actor: { type: 'resident' }, assigneeId, language: 'km', centerId }),
      );
      made.push(opened.reference);
    }
    return made;
  }

  it('streams exactly the rows the access rule allows, in pages, with no personal data, and escapes formulas', async () => {
    const mine = await makeCases(7, counsellor.id);
    const theirs = await makeCases(3, colleague.id);
    const counsellorCsv = await csvOf(await exportQueue(counsellor, form({ centre, reason: 'Checking my own caseload this month' })));
    expect(counsellorCsv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(counsellorCsv.slice(1));
    expect(rows.map((r) => r.reference).sort()).toEqual([...mine].sort());
    expect(Object.keys(rows[0]!)).toEqual(['reference', 'service', 'status', 'language', 'interpreter_needed', 'assignee', 'offered_to', 'created_at_utc', 'updated_at_utc', 'due_at_utc']);
    expect(counsellorCsv).not.toContain('Export Resident');
    expect(counsellorCsv).not.toContain('@example.org');
    // The assignee's name begins with "=": written with a leading apostrophe, never as a formula.
    expect(rows[0]!.assignee).toBe(`'${counsellor.name}`);

    const all = parse((await csvOf(await exportQueue(supervisor, form({ centre, reason: 'Quarterly review of the centre' })))).slice(1));
    expect(all.map((r) => r.reference).sort()).toEqual([...mine, ...theirs].sort());
    // Filters apply: the colleague's cases only.
    const filtered = parse((await csvOf(await exportQueue(supervisor, form({ centre, assignee: colleague.id, reason: 'Covering an absence next week' })))).slice(1));
    expect(filtered.map((r) => r.reference).sort()).toEqual([...theirs].sort());
  });

  it('asks for a reason, needs export:create, and logs every export with its filters and reason', async () => {
    const { db } = ctx();
    const before = await db.auditLog.count({ where: { action: 'export', entity: 'Case' } });
    expect(await exportQueue(supervisor, form({ centre, lang: 'km' }))).toEqual({ kind: 'reasonMissing', back: expect.stringMatching(/^\/admin\/cases\/export\?.*lang=km.*problem=reason/) });
    expect(await exportQueue(supervisor, form({ centre, reason: 'too short' }))).toMatchObject({ kind: 'reasonMissing' });
    expect(await exportQueue(editor, form({ centre, reason: 'An editor has no business here' }))).toEqual({ kind: 'forbidden' });
    expect(await db.auditLog.count({ where: { action: 'access_denied', actorId: editor.id, entityId: 'export:create' } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'export', entity: 'Case' } })).toBe(before);

    await csvOf(await exportQueue(supervisor, form({ centre, lang: 'km', assignee: 'unassigned', reason: 'Planning Khmer interpreter hours' })));
    const logged = await db.auditLog.findFirstOrThrow({ where: { action: 'export', entity: 'Case', actorId: supervisor.id }, orderBy: { at: 'desc' } });
    expect(logged.detail).toEqual({ reason: 'Planning Khmer interpreter hours', filters: `lang=km&assignee=unassigned&centre=${centre}` });
  });

  it('a stream of many pages holds every row once, each page read after the one before', async () => {
    const pagedCentre = (await ctx().db.center.create({ data: buildCenter((await ctx().db.city.findFirstOrThrow()).id) })).id;
    const made = [...(await makeCases(6, counsellor.id, pagedCentre)), ...(await makeCases(4, null, pagedCentre))];
    // Pages of 3 rows: 10 cases take four pages.
    const stream = queueCsvStream(
      supervisor,
      parseQueueFilter({ centre: pagedCentre }),
      services.map((s) => s.kind),
      3,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    const rows = parse(text.slice(1));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.reference))).toEqual(new Set(made));
    expect(text.slice(1).match(/^reference,/gm)).toHaveLength(1);
  });
});
