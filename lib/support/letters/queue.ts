import crypto from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { fileStore, newStorageKey, type FileStore } from '@/lib/files/storage';
import { LetterUnavailable } from '@/lib/letters/compiler';
import { renderLetterPdf } from '@/lib/letters/document';
import { describeError, MAX_ATTEMPTS, retryDelayMs } from '@/lib/notifications/retry';
import { LETTER_TEXT_VERSION, letterTextHash, supportLetterContent } from './content';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
const FOLDER = 'letters';

/**
 * Queues the letter of a decision in the decision's own transaction (the outbox's pattern,
 * decision 005): the decision and the promise of its letter commit together, and the PDF is
 * made after the commit, so a slow or failing render never holds or undoes the decision.
 */
export async function queueDecisionLetter(tx: Tx, input: { caseId: string; applicationId: string; eventId: string; outcome: 'approved' | 'refused'; locale: string; now: Date }) {
  await tx.supportLetter.create({
    data: { caseId: input.caseId, applicationId: input.applicationId, eventId: input.eventId, outcome: input.outcome, locale: input.locale, createdAt: input.now, nextAttemptAt: input.now },
  });
}

export type LetterOutcome = 'READY' | 'PENDING' | 'FAILED' | 'skipped';

/**
 * Makes one queued letter: renders it, stores the PDF under a random key, then marks the row
 * READY with the file, its hash and the texts' version. Claimed by a conditional update on its
 * attempts, so two instances never both make it. A machine without the fonts or the compiler
 * marks it FAILED at once (staff see why); any other fault retries later, FAILED after the
 * outbox's number of attempts.
 */
export async function makeLetter(db: Db, letterId: string, now: Date, store?: FileStore, env: Record<string, string | undefined> = process.env): Promise<LetterOutcome> {
  const row = await db.supportLetter.findUnique({ where: { id: letterId } });
  if (!row || row.status !== 'PENDING') return 'skipped';
  const claimed = await db.supportLetter.updateMany({ where: { id: row.id, status: 'PENDING', attempts: row.attempts }, data: { attempts: row.attempts + 1 } });
  if (claimed.count !== 1) return 'skipped';
  const attempts = row.attempts + 1;
  let key: string | null = null;
  try {
    const { letter, locale } = await supportLetterContent(db, row);
    const pdf = await renderLetterPdf(letter, locale, env);
    key = newStorageKey(FOLDER, 'pdf');
    await (store ?? (await fileStore())).put(key, pdf, 'application/pdf');
    await db.supportLetter.update({
      where: { id: row.id },
      data: {
        status: 'READY',
        storageKey: key,
        size: pdf.length,
        sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
        textVersion: LETTER_TEXT_VERSION,
        textHash: letterTextHash(locale),
        renderedAt: now,
        lastError: null,
      },
    });
    return 'READY';
  } catch (error) {
    if (key) await (store ?? (await fileStore())).remove(key).catch(() => undefined);
    const final = error instanceof LetterUnavailable || attempts >= MAX_ATTEMPTS;
    await db.supportLetter.update({
      where: { id: row.id },
      data: { status: final ? 'FAILED' : 'PENDING', lastError: describeError(error), nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
    });
    // For whoever runs the server; staff see the same on the case (lastError).
    console.warn(`letters: ${row.id} attempt ${attempts} failed: ${describeError(error)}`);
    return final ? 'FAILED' : 'PENDING';
  }
}

/** After a decision commits: make its letters now (the job retries whatever this does not finish). Never throws. */
export async function makeLettersOfCase(db: Db, caseId: string, now = new Date()) {
  try {
    const due = await db.supportLetter.findMany({ where: { caseId, status: 'PENDING', nextAttemptAt: { lte: now } }, select: { id: true } });
    for (const { id } of due) await makeLetter(db, id, now);
  } catch (error) {
    console.warn(`letters: case ${caseId}: ${describeError(error)}`);
  }
}

/** The job: every letter whose attempt is due, oldest first, a bounded batch a run. */
export async function makeDueLetters(db: Db, now: Date, store?: FileStore) {
  const due = await db.supportLetter.findMany({ where: { status: 'PENDING', nextAttemptAt: { lte: now } }, orderBy: { createdAt: 'asc' }, take: 50, select: { id: true } });
  const outcomes: Record<LetterOutcome, number> = { READY: 0, PENDING: 0, FAILED: 0, skipped: 0 };
  for (const { id } of due) outcomes[await makeLetter(db, id, now, store)]++;
  return outcomes;
}
