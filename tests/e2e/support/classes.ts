import crypto from 'node:crypto';
import { withE2eDb } from './db';

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

/**
 * A section of its own for one test (its own term, so no other test fills it): open for
 * registration now, starting in a month, at a seeded centre, of a seeded course level.
 */
export function ownSection(options: { capacity: number; level?: string; opensInMs?: number; closesInMs?: number; sameTermAs?: string }) {
  return withE2eDb((db) => {
    const now = Date.now();
    const id = `cs_${crypto.randomBytes(8).toString('hex')}`;
    const course = db.prepare('SELECT id FROM ClassCourse WHERE level = ?').get(options.level ?? 'KIIP_2') as { id: string };
    const centre = db.prepare("SELECT id FROM Center WHERE slug = 'immigrant-plus-center'").get() as { id: string };
    // A second section of the same term (a move target), or a term of its own.
    let termId = options.sameTermAs ? (db.prepare('SELECT termId FROM ClassSection WHERE id = ?').get(options.sameTermAs) as { termId: string }).termId : '';
    if (!termId) {
      termId = `ct_${crypto.randomBytes(8).toString('hex')}`;
      // Terms are unique per (year, number); a year far ahead, from the id, keeps runs apart.
      const year = 3000 + (parseInt(termId.slice(3, 9), 16) % 5000);
      db.prepare('INSERT INTO ClassTerm (id, slug, year, number, startsOn, endsOn) VALUES (?, ?, ?, 1, ?, ?)').run(termId, `${year}-1`, year, iso(now + 30 * DAY), iso(now + 140 * DAY));
    }
    db.prepare(
      'INSERT INTO ClassSection (id, code, courseId, termId, centerId, days, startTime, endTime, teacher, capacity, taken, opensAt, closesAt, eligibility, cancelled, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)',
    ).run(
      id,
      `E2E-${id.slice(3, 11)}`,
      course.id,
      termId,
      centre.id,
      '[0]',
      '14:00',
      '18:00',
      '한지민',
      options.capacity,
      iso(now + (options.opensInMs ?? -DAY)),
      iso(now + (options.closesInMs ?? 20 * DAY)),
      'ANY_ADULT',
      iso(now),
      iso(now),
    );
    return id;
  });
}

type Place = 'ENROLLED' | 'WAITING' | 'APPLIED';

/**
 * A resident already holding a place in a section (enrolled, waiting or applied for the draw), as
 * the enrolment service leaves it: a resident, a case with its reference, the enrolment with its
 * active keys, and the seat counted. For tests whose subject is what comes after enrolling.
 */
export function placeInSection(sectionId: string, options: { status: Place; name: string; locale?: string; phone?: string; email?: string; joinedAgoMs?: number }) {
  return withE2eDb((db) => {
    const now = new Date().toISOString();
    const hex = crypto.randomBytes(6).toString('hex');
    const residentId = `r_${hex}`;
    const caseId = `c_${hex}`;
    const reference = `KC-E2E-${hex.toUpperCase()}`;
    const locale = options.locale ?? 'en';
    const level = (db.prepare('SELECT c.level AS level FROM ClassSection s JOIN ClassCourse c ON c.id = s.courseId WHERE s.id = ?').get(sectionId) as { level: string }).level;
    db.prepare('INSERT INTO Resident (id, name, email, phone, preferredLocale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      residentId,
      options.name,
      options.email ?? `place-${hex}@e2e.test`,
      options.phone ?? null,
      locale,
      now,
      now,
    );
    db.prepare('INSERT INTO "Case" (id, reference, kind, status, locale, residentId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      caseId,
      reference,
      'KOREAN_CLASS',
      options.status,
      locale,
      residentId,
      now,
      now,
    );
    const id = `ce_${hex}`;
    db.prepare(
      'INSERT INTO ClassEnrolment (id, caseId, sectionId, residentId, status, requestKey, activeSectionKey, activeLevelKey, joinedAt, locale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      id,
      caseId,
      sectionId,
      residentId,
      options.status,
      `e2e-${hex}-request`,
      `${sectionId}:${residentId}`,
      `${level}:${residentId}`,
      new Date(Date.now() - (options.joinedAgoMs ?? 60_000)).toISOString(),
      locale,
      now,
      now,
    );
    if (options.status === 'ENROLLED') db.prepare('UPDATE ClassSection SET taken = taken + 1 WHERE id = ?').run(sectionId);
    return { id, residentId, reference, name: options.name };
  });
}

/** A lottery on a section: the commitment (the seed's hash) published now, the seed kept back. */
export function lotteryOn(sectionId: string, seed: string, seedHash: string) {
  withE2eDb((db) => db.prepare('INSERT INTO ClassLottery (sectionId, seedHash, seed, committedAt) VALUES (?, ?, ?, ?)').run(sectionId, seedHash, seed, new Date().toISOString()));
}

/** The lottery's record after the job froze the list and drew: what the draw leaves behind (lib/classes/lottery/draw.ts). */
export function lotteryDrawn(sectionId: string, record: { entries: string[]; listHash: string; order: string[] }) {
  const now = new Date().toISOString();
  withE2eDb((db) =>
    db
      .prepare('UPDATE ClassLottery SET entries = ?, listHash = ?, frozenAt = ?, drawOrder = ?, drawnAt = ? WHERE sectionId = ?')
      .run(JSON.stringify(record.entries), record.listHash, now, JSON.stringify(record.order), now, sectionId),
  );
  // The window closed before the list was frozen.
  withE2eDb((db) => db.prepare('UPDATE ClassSection SET closesAt = ? WHERE id = ?').run(new Date(Date.now() - 60_000).toISOString(), sectionId));
}
