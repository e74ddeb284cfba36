import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildResident } from '@/prisma/builders';
import { seedSupport } from '@/prisma/seed/support';
import { startApplication } from '@/lib/support/application/store';
import { addDocuments, receiptsOf, removeDocument } from '@/lib/support/documents/store';
import { caseDocuments, staffDocument } from '@/lib/support/documents/staff';
import { LocalFileStore } from '@/lib/files/local-store';
import { openCase } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { makeFixtures } from '../fixtures/files/make.mjs';

const now = new Date('2026-12-01T01:00:00Z');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'support-documents-'));
let files: Record<string, string>;
const upload = (name: string, as = name) => ({ name: as, bytes: fs.readFileSync(files[name]!) });

beforeAll(async () => {
  files = await makeFixtures(path.join(tmp, 'fixtures'));
});

describeEachDatabase('emergency support documents', (ctx) => {
  let applicationId: string;
  let caseId: string;
  const store = new LocalFileStore(path.join(tmp, `store-${Math.random().toString(36).slice(2)}`));

  beforeAll(async () => {
    const { db } = ctx();
    await seedSupport(db);
    const resident = await db.resident.create({ data: buildResident({ email: `docs-${Date.now()}@example.com` }) });
    applicationId = (await startApplication(db, { residentId: resident.id, programme: 'MEDICAL', locale: 'vi', now }))!.id;
    const opened = await openCase(db, emergencySupportKind, { residentId: resident.id, locale: 'vi', status: 'SUBMITTED', event: 'submitted', actor: { type: 'resident' }, data: {}, at: now });
    caseId = opened.id;
    await db.supportApplication.update({ where: { id: applicationId }, data: { caseId } });
  });

  it('keeps a PDF and a phone photo with receipts, the photo without its GPS, and refuses the rest by name with a reason', async () => {
    const { db } = ctx();
    const outcome = await addDocuments(db, store, {
      applicationId,
      now,
      uploads: [upload('receipt.pdf'), upload('photo-with-gps.jpg'), upload('page.html.pdf'), upload('encrypted.pdf'), upload('bomb.png'), upload('receipt.pdf', '../../x.pdf')],
    });
    expect(outcome.added).toEqual(['receipt.pdf', 'photo-with-gps.jpg']);
    expect(outcome.refused.map((r) => r.reason)).toEqual(['type', 'encrypted', 'tooManyPixels', 'tooMany']);
    const receipts = await receiptsOf(db, applicationId);
    expect(receipts.map((r) => [r.displayName, r.mediaType])).toEqual([
      ['receipt.pdf', 'application/pdf'],
      ['photo-with-gps.jpg', 'image/jpeg'],
    ]);
    const row = await db.supportDocument.findFirstOrThrow({ where: { id: receipts[1]!.id } });
    expect(row.storageKey).toMatch(/^support\/[0-9a-f]{32}\.jpg$/);
    const stored = fs.readFileSync(path.join(store.root, row.storageKey!));
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('a path as a name is refused and nothing is written outside the store', async () => {
    const { db } = ctx();
    const outcome = await addDocuments(db, store, { applicationId, now, uploads: [upload('receipt.pdf', '../../x.pdf')] });
    expect(outcome.refused).toEqual([{ name: 'x.pdf', reason: 'name' }]);
    expect(fs.existsSync(path.join(store.root, '..', '..', 'x.pdf'))).toBe(false);
  });

  it('stores a HEIC phone photo as a JPEG, receipted as converted, with its GPS gone', async () => {
    const { db } = ctx();
    const outcome = await addDocuments(db, store, { applicationId, now, uploads: [upload('photo-with-gps.heic', 'IMG_0412.heic')] });
    expect(outcome).toEqual({ added: ['IMG_0412.jpg'], refused: [] });
    const row = await db.supportDocument.findFirstOrThrow({ where: { applicationId, displayName: 'IMG_0412.jpg' } });
    expect(row).toMatchObject({ status: 'STORED', mediaType: 'image/jpeg', convertedFrom: 'heic' });
    expect(row.storageKey).toMatch(/^support\/[0-9a-f]{32}\.jpg$/);
    const stored = fs.readFileSync(path.join(store.root, row.storageKey!));
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.exif]).toEqual(['jpeg', undefined]);
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('a store that fails is recorded as FAILED and shown to staff with the case', async () => {
    const { db } = ctx();
    const blocker = path.join(tmp, `not-a-folder-${ctx().kind}`);
    fs.writeFileSync(blocker, 'a file where the store expects a folder');
    const outcome = await addDocuments(db, new LocalFileStore(blocker), { applicationId, now, uploads: [upload('scan.png')] });
    expect(outcome.refused).toEqual([{ name: 'scan.png', reason: 'storage' }]);
    const supervisor = await staffWith(db, ['supervisor']);
    const list = (await caseDocuments(supervisor, caseId))!;
    expect(list.find((d) => d.displayName === 'scan.png')).toMatchObject({ status: 'FAILED', failure: expect.stringContaining('ENOTDIR') });
  });

  it('staff outside the case rule, or without pii:read, get neither the list nor a file; a supervisor gets both, audited', async () => {
    const { db } = ctx();
    const [caseworker, coordinator, editor, supervisor] = [
      await staffWith(db, ['caseworker']),
      await staffWith(db, ['class_coordinator']),
      await staffWith(db, ['editor']),
      await staffWith(db, ['supervisor']),
    ];
    const doc = (await receiptsOf(db, applicationId))[0]!;
    for (const actor of [caseworker, coordinator, editor]) {
      expect(await caseDocuments(actor, caseId)).toBeNull();
      expect(await staffDocument(actor, caseId, doc.id)).toBeNull();
    }
    expect(await staffDocument(supervisor, caseId, doc.id)).toMatchObject({ id: doc.id, displayName: 'receipt.pdf' });
    const audits = await db.auditLog.findMany({ where: { entity: 'SupportDocument', actorId: { in: [caseworker.id, supervisor.id] } }, select: { action: true, actorId: true } });
    expect(audits).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'access_denied', actorId: caseworker.id }), expect.objectContaining({ action: 'view', actorId: supervisor.id })]));
  });

  it('a removed document leaves the receipts and the store', async () => {
    const { db } = ctx();
    const doc = (await receiptsOf(db, applicationId))[0]!;
    const key = (await db.supportDocument.findFirstOrThrow({ where: { id: doc.id } })).storageKey!;
    expect(await removeDocument(db, store, { applicationId, documentId: doc.id, now })).toBe(true);
    expect((await receiptsOf(db, applicationId)).map((r) => r.id)).not.toContain(doc.id);
    expect(await store.open(key)).toBeNull();
    expect(await removeDocument(db, store, { applicationId: 'another', documentId: doc.id, now })).toBe(false);
  });
});
