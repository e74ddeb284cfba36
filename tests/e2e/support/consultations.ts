import crypto from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { locales } from '@/lib/i18n/locales';
import { withE2eDb } from './db';

/** How Prisma's SQLite adapter writes a DateTime; raw inserts must match it to compare as text. */
export const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

const seoulClock = (date: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

/**
 * Seats no other test can take: a topic of the test's own (listed last), and a counsellor of its
 * own speaking `language` (and Korean) with one slot at each of `times`, serving that topic only.
 * Other tests choose the seeded topics, so they never see these slots; the test picks its slot
 * by id. A time on a seeded counsellor's hour (10:00) would be shown as one entry with theirs,
 * so give times off the hour (09:07) when `language` is one the seed counsels in.
 */
export function ownSeats({ language, times, minutes = 60, capacity = 1 }: { language: string; times: Date[]; minutes?: number; capacity?: number }) {
  return withE2eDb((db) => {
    const id = crypto.randomBytes(6).toString('hex');
    const now = sqliteTime(new Date());
    const centre = db.prepare("SELECT id FROM Center WHERE slug = 'consultation-center'").get() as { id: string };
    const service = db.prepare("SELECT serviceId FROM ConsultationTopic WHERE slug = 'daily-life'").get() as { serviceId: string };
    const topic = `e2e-${id}`;
    const title = Object.fromEntries(locales.map((locale) => [locale, `E2E ${id}`]));
    db.prepare('INSERT INTO ConsultationTopic (id, slug, title, summary, serviceId, sortOrder, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1000, ?, ?)').run(
      `tp_${id}`,
      topic,
      JSON.stringify(title),
      JSON.stringify(title),
      service.serviceId,
      now,
      now,
    );
    const staffId = `st_${id}`;
    db.prepare('INSERT INTO StaffUser (id, email, name, roles, languages, locale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      staffId,
      `counsellor-${id}@e2e.test`,
      `Counsellor ${id}`,
      '["counsellor"]',
      JSON.stringify(['ko', language]),
      'ko',
      now,
      now,
    );
    const slotIds = times.map((startsAt, index) => {
      // Each slot has its weekly block (so the language is offered, and the slot job finds the slot it would make).
      const scheduleId = `sc_${id}_${index}`;
      const end = new Date(startsAt.getTime() + minutes * 60_000);
      const weekday = new Date(startsAt.getTime() + 9 * 3600_000).getUTCDay();
      db.prepare(
        'INSERT INTO CounsellorSchedule (id, counsellorId, centerId, weekday, startTime, endTime, slotMinutes, capacity, channels, topics, interpreterLanguages, active, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
      ).run(scheduleId, staffId, centre.id, weekday, seoulClock(startsAt), seoulClock(end), minutes, capacity, '["VISIT","PHONE","VIDEO"]', JSON.stringify([topic]), '[]', now, now);
      const slotId = `sl_${id}_${index}`;
      db.prepare(
        'INSERT INTO ConsultationSlot (id, scheduleId, counsellorId, centerId, startsAt, endsAt, capacity, booked, channels, topics, languages, closed, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)',
      ).run(slotId, scheduleId, staffId, centre.id, sqliteTime(startsAt), sqliteTime(end), capacity, '["VISIT","PHONE","VIDEO"]', JSON.stringify([topic]), JSON.stringify(['ko', language]), now, now);
      return slotId;
    });
    return { topic, staffId, slotIds, slotId: slotIds[0]! };
  });
}

/** The city day `days` after today in Seoul, at a wall-clock time there (Seoul is UTC+9 all year). */
export function seoulTime(daysAhead: number, hhmm: string): Date {
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  const [h, m] = hhmm.split(':').map(Number);
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysAhead);
  return new Date(day.getTime() + (h! * 60 + m!) * 60_000 - 9 * 3600_000);
}

export type Person = { name: string; email?: string; phone?: string; problem: string };

/**
 * The choice steps: each a page with radios and a Continue button (GET forms). A test that books
 * passes the topic and slot of its own seats (ownSeats), so no test running beside it takes them.
 */
export async function chooseSteps(page: Page, locale: string, choice: { topic: string; language: string; channel: string; slot?: string }) {
  await page.goto(`/${locale}/consultations/book`);
  for (const [name, value] of [
    ['topic', choice.topic],
    ['language', choice.language],
    ['channel', choice.channel],
  ] as const) {
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
    await page.locator('form button[type="submit"]').click();
  }
  const times = page.locator('input[name="slot"]');
  const slot = choice.slot ? page.locator(`input[name="slot"][value="${choice.slot}"]`) : times.first();
  const label = (await page.locator(`label[for="${await slot.getAttribute('id')}"]`).innerText()).split('\n')[0]!;
  const day = await slot.locator('xpath=ancestor::fieldset[1]/legend').innerText();
  await pickSlot(page, slot);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#field-name')).toBeVisible();
  return { time: label.trim(), day: day.trim() };
}

/** Times are radios drawn as their labels (the input itself is visually hidden): click the label. */
export async function pickSlot(page: Page, slot: Locator) {
  await page.locator(`label[for="${await slot.getAttribute('id')}"]`).click();
  await expect(slot).toBeChecked();
}

export async function fillDetails(page: Page, person: Person) {
  await page.locator('#field-name').fill(person.name);
  if (person.email) await page.locator('#field-email').fill(person.email);
  if (person.phone) await page.locator('#field-phone').fill(person.phone);
  await page.locator('#field-problem').fill(person.problem);
  await page.locator('input[name="interpreter"][value="no"]').check();
  await page.locator('input[name="consent"][value="yes"]').check();
  await page.locator('form button[type="submit"]').click();
}
