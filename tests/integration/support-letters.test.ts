import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildCenter, buildCity, buildResident, buildService } from '@/prisma/builders';
import { city, centers } from '@/prisma/seed/ansan';
import { withTranslations } from '@/prisma/seed/translations';
import { seedSupport } from '@/prisma/seed/support';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { openCase, setAssignee } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { fileStore, type FileStore } from '@/lib/files/storage';
import { messagesFor } from '@/lib/notifications/messages';
import { decideSupportCase } from '@/lib/support/staff/work';
import { answerApproval } from '@/lib/support/staff/approval';
import { formatWon } from '@/lib/support/format';
import { letterFile, lettersOfCase } from '@/lib/support/letters/access';
import { LETTER_TEXT_VERSION, letterTextHash } from '@/lib/support/letters/content';
import { makeDueLetters } from '@/lib/support/letters/queue';

const now = new Date('2026-12-01T01:00:00Z');
const later = new Date('2026-12-01T02:00:00Z');
const shots = path.join(process.cwd(), 'test-results', 'letters');
// Typst's own markup characters, and an ICU brace: all must print as written.
const trickyName = 'Tran #set *bold* $x$ \\ ] [y] _z_ {name}';

const message = (locale: Locale, key: string, values?: Record<string, string>) =>
  createTranslator({ locale, messages: messagesFor(locale), namespace: 'SupportLetter', timeZone: 'Asia/Seoul' })(key as never, values as never) as string;

/** pdftotext's words without the spaces, line breaks and invisible marks it adds or drops. */
const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\u200b-\u200f\u2066-\u2069\u00ad]+/g, '');

async function submitted(db: Db, residentId: string, locale: Locale, fullName: string) {
  const programme = await db.supportProgramme.findUniqueOrThrow({ where: { code: 'MEDICAL' } });
  const created = await db.$transaction((tx) => openCase(tx, emergencySupportKind, { residentId, locale, status: 'SUBMITTED', event: 'submitted', actor: { type: 'resident' }, at: now }));
  const answers = { applicant: { fullName }, bank: { bankName: 'KEB Hana', holder: fullName, accountMasked: '••••4321' } };
  const rules = await db.supportRuleSet.findFirstOrThrow({ where: { programmeId: programme.id, effectiveFrom: { lte: now } }, orderBy: { effectiveFrom: 'desc' } });
  await db.supportApplication.create({ data: { residentId, programmeId: programme.id, ruleSetId: rules.id, draftId: `draft-${created.id}`, caseId: created.id, locale, submittedAt: now, answers } });
  return { caseId: created.id, reference: created.reference };
}

async function storedPdf(store: FileStore, caseId: string, db: Db) {
  const row = await db.supportLetter.findFirstOrThrow({ where: { caseId } });
  expect(row.status).toBe('READY');
  const body = await store.open(row.storageKey!);
  return { row, pdf: Buffer.from(await new Response(body!).arrayBuffer()) };
}

function pdfText(pdf: Buffer, name: string) {
  const file = path.join(os.tmpdir(), `${name}-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  fs.mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(shots, name)]);
  fs.rmSync(file);
  return { text, title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

describeEachDatabase('decision letters as PDF in the resident’s script', (ctx) => {
  let residentId: string;
  let supervisor: StaffContext;
  let store: FileStore;

  beforeAll(async () => {
    const { db } = ctx();
    // What a letter reads besides the case: the city and its agency in every language, the
    // consultation centre's name and phone (the seed's Ansan data), and the programmes.
    const cityRow = await db.city.create({ data: buildCity({ ...city, name: withTranslations(city.name), agency: withTranslations(city.agency) }) });
    const centre = centers.find((c) => c.slug === 'consultation-center')!;
    const centreRow = await db.center.create({ data: buildCenter(cityRow.id, { slug: centre.slug, name: withTranslations(centre.name), phone: centre.phone }) });
    await db.service.create({ data: buildService({ kind: 'CONSULTATION', centerId: centreRow.id }) });
    await seedSupport(db);
    residentId = (await db.resident.create({ data: buildResident({ email: `letters-${Date.now()}@example.com` }) })).id;
    supervisor = await staffWith(db, ['supervisor']);
    store = await fileStore();
  });

  // Approved in some scripts, refused in the others, so both letters are read in hard scripts.
  const cases: [Locale, 'approve' | 'reject'][] = [
    ['km', 'approve'],
    ['my', 'reject'],
    ['lo', 'approve'],
    ['si', 'reject'],
    ['ur', 'approve'],
    ['vi', 'reject'],
    ['ko', 'approve'],
  ];

  it.each(cases)('makes the %s letter (%s) after the decision commits: its text, title, reference and amount read back from the PDF', async (locale, outcome) => {
    const { db, kind: database } = ctx();
    const { caseId, reference } = await submitted(db, residentId, locale, 'Nguyen Van An');
    const input = outcome === 'approve' ? { outcome, amount: '1,234,500', note: '' } : { outcome, reason: 'income_over_limit', note: 'Income 3,100,000 KRW a month' };
    expect(await decideSupportCase(db, supervisor, caseId, input, now, null)).toEqual({ ok: true });
    const { row, pdf } = await storedPdf(store, caseId, db);
    expect(row).toMatchObject({ outcome: outcome === 'approve' ? 'approved' : 'refused', locale, textVersion: LETTER_TEXT_VERSION, textHash: letterTextHash(locale), size: pdf.length });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(row.storageKey).toMatch(/^letters\/[0-9a-f]{32}\.pdf$/);

    const { text, title } = pdfText(pdf, `${locale}-${outcome}-${database}`);
    // The document's title is the catalogue's title exactly (metadata is not shaped, so it is reliable in every script).
    expect(title).toBe(message(locale, 'title'));
    const flat = squeeze(text);
    expect(flat).toContain(reference);
    // The rule version the decision used (the application's, recorded on the decision event).
    const { ruleSetId } = await db.supportApplication.findUniqueOrThrow({ where: { caseId } });
    expect(flat).toContain((await db.supportRuleSet.findUniqueOrThrow({ where: { id: ruleSetId! } })).version);
    expect(flat).toContain(squeeze('Nguyen Van An'));
    if (outcome === 'approve') {
      expect(flat).toContain(squeeze(formatWon(1_234_500, locale)));
      expect(flat).toContain('••••4321');
    } else {
      expect(flat).toContain(squeeze('Income 3,100,000 KRW a month'));
    }
    // The body's title read back from the glyphs: whole where extraction is faithful; Khmer and
    // Nastaliq come back with marks reordered or doubled, so a leading part of the title there.
    const wanted = squeeze(message(locale, 'title'));
    const reliable = ['vi', 'ko', 'lo', 'si', 'my'].includes(locale);
    expect(flat).toContain(reliable ? wanted : wanted.slice(0, 3));
  });

  it('prints a name full of Typst markup literally', async () => {
    const { db } = ctx();
    const { caseId } = await submitted(db, residentId, 'vi', trickyName);
    expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'approve', amount: '500000', note: '' }, now, null)).toEqual({ ok: true });
    const { pdf } = await storedPdf(store, caseId, db);
    const { text } = pdfText(pdf, `vi-markup-${ctx().kind}`);
    expect(squeeze(text)).toContain(squeeze(message('vi', 'greeting', { name: trickyName })));
  });

  it('makes the letter of a grant approved by a second person, when the approval is given', async () => {
    const { db } = ctx();
    const caseworker = await staffWith(db, ['caseworker']);
    const { caseId } = await submitted(db, residentId, 'ko', '김민수');
    // A caseworker decides only the cases assigned to them (decision 022).
    await setAssignee(db, caseId, caseworker.id);
    expect(await decideSupportCase(db, caseworker, caseId, { outcome: 'approve', amount: '2000000', note: '' }, now, 1_000_000)).toEqual({ ok: true, awaitingApproval: true });
    expect(await db.supportLetter.count({ where: { caseId } })).toBe(0);
    expect(await answerApproval(db, supervisor, caseId, { answer: 'approve', note: '' }, later)).toMatchObject({ ok: true });
    const { row, pdf } = await storedPdf(store, caseId, db);
    expect(row.outcome).toBe('approved');
    expect(squeeze(pdfText(pdf, `ko-approval-${ctx().kind}`).text)).toContain(squeeze(formatWon(2_000_000, 'ko')));
  });

  it('records a letter it cannot make (no fonts) as failed, shown to staff, and keeps the decision', async () => {
    const { db } = ctx();
    const { caseId } = await submitted(db, residentId, 'km', 'Sok Dara');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-fonts-'));
    const before = process.env.LETTER_FONT_DIRS;
    process.env.LETTER_FONT_DIRS = empty;
    try {
      expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'reject', reason: 'no_evidence', note: 'No hospital bill' }, now, null)).toEqual({ ok: true });
    } finally {
      if (before === undefined) delete process.env.LETTER_FONT_DIRS;
      else process.env.LETTER_FONT_DIRS = before;
    }
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('REJECTED');
    const [forStaff] = (await lettersOfCase({ type: 'staff', staff: supervisor }, caseId))!;
    expect(forStaff).toMatchObject({ status: 'FAILED', lastError: expect.stringMatching(/Fonts missing .*Noto Sans Khmer/) });
    // The resident sees that there is no letter yet, never the server's reason.
    const [forResident] = (await lettersOfCase({ type: 'resident', id: residentId }, caseId))!;
    expect(forResident).toMatchObject({ status: 'FAILED', lastError: null });
  });

  it('retries a letter whose storing failed, and makes it on a later run of the job', async () => {
    const { db } = ctx();
    const { caseId } = await submitted(db, residentId, 'lo', 'Somchai');
    const failing: FileStore = {
      put: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
      open: () => Promise.resolve(null),
      remove: () => Promise.resolve(),
    };
    // Decided with the store failing: the job's batch made at `now` meets the failing store.
    await db.$transaction(async (tx) => {
      const { writeDecision } = await import('@/lib/support/staff/work');
      const app = await tx.supportApplication.findUniqueOrThrow({ where: { caseId } });
      await writeDecision(tx, supervisor, { caseId, applicationId: app.id, version: null }, { outcome: 'approve', amount: 700000, note: null }, now);
    });
    expect(await makeDueLetters(db, now, failing)).toMatchObject({ PENDING: 1 });
    const waiting = await db.supportLetter.findFirstOrThrow({ where: { caseId } });
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'ENOSPC: disk full' });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not due yet at `now`; due a minute later.
    expect(await makeDueLetters(db, now, store)).toMatchObject({ READY: 0 });
    expect(await makeDueLetters(db, new Date(now.getTime() + 60_000), store)).toMatchObject({ READY: 1 });
    expect(await db.supportLetter.findFirstOrThrow({ where: { caseId } })).toMatchObject({ status: 'READY', attempts: 2, lastError: null });
  });

  it('gives the letter to its applicant and to staff who may read the case, to nobody else', async () => {
    const { db } = ctx();
    const { caseId } = await submitted(db, residentId, 'vi', 'Le Thi Hoa');
    expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'reject', reason: 'duplicate', note: 'Paid in October' }, now, null)).toEqual({ ok: true });
    const letter = await db.supportLetter.findFirstOrThrow({ where: { caseId } });
    const other = (await db.resident.create({ data: buildResident({ email: `letters-other-${Date.now()}@example.com` }) })).id;
    const counsellor = await staffWith(db, ['counsellor']);
    const editor = await staffWith(db, ['editor']);

    expect(await letterFile({ type: 'resident', id: residentId }, caseId, letter.id)).toMatchObject({ mediaType: 'application/pdf', storageKey: letter.storageKey });
    expect(await letterFile({ type: 'staff', staff: supervisor }, caseId, letter.id)).toMatchObject({ storageKey: letter.storageKey });
    expect(await letterFile({ type: 'resident', id: other }, caseId, letter.id)).toBeNull();
    expect(await lettersOfCase({ type: 'resident', id: other }, caseId)).toBeNull();
    expect(await letterFile({ type: 'staff', staff: counsellor }, caseId, letter.id)).toBeNull();
    expect(await letterFile({ type: 'staff', staff: editor }, caseId, letter.id)).toBeNull();
    // The right case with another case's letter id is refused too.
    const { caseId: second } = await submitted(db, residentId, 'vi', 'Le Thi Hoa');
    expect(await letterFile({ type: 'resident', id: residentId }, second, letter.id)).toBeNull();
    expect(await db.auditLog.count({ where: { entity: 'SupportLetter', action: 'access_denied', actorId: { in: [other, counsellor.id, editor.id] } } })).toBe(3);
  });
});
