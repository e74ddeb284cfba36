import crypto from 'node:crypto';
import { withE2eDb } from './db';

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

/**
 * A section of its own for one test (its own term, so no other test fills it): open for
 * registration now, starting in a month, at a seeded centre, of a seeded course level.
 */
export function ownSection(options: { capacity: number; level?: string; opensInMs?: number }) {
  return withE2eDb((db) => {
    const now = Date.now();
    const id = `cs_${crypto.randomBytes(8).toString('hex')}`;
    const termId = `ct_${crypto.randomBytes(8).toString('hex')}`;
    const course = db.prepare('SELECT id FROM ClassCourse WHERE level = ?').get(options.level ?? 'KIIP_2') as { id: string };
    const centre = db.prepare("SELECT id FROM Center WHERE slug = 'immigrant-plus-center'").get() as { id: string };
    // Terms are unique per (year, number); a year far ahead, from the id, keeps runs apart.
    const year = 3000 + (parseInt(termId.slice(3, 9), 16) % 5000);
    db.prepare('INSERT INTO ClassTerm (id, slug, year, number, startsOn, endsOn) VALUES (?, ?, ?, 1, ?, ?)').run(termId, `${year}-1`, year, iso(now + 30 * DAY), iso(now + 140 * DAY));
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
      iso(now + 20 * DAY),
      'ANY_ADULT',
      iso(now),
      iso(now),
    );
    return id;
  });
}
