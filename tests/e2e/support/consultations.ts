import crypto from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { withE2eDb } from './db';

/** How Prisma's SQLite adapter writes a DateTime; raw inserts must match it to compare as text. */
export const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

/**
 * A counsellor of their own for one test, speaking `language`, with one weekly block and one slot
 * at `startsAt`: tests that need an exact time (00:30) or a full slot do not race other tests.
 */
export function counsellorWithSlot({ language, startsAt, minutes = 60, capacity = 1 }: { language: string; startsAt: Date; minutes?: number; capacity?: number }) {
  return withE2eDb((db) => {
    const id = crypto.randomBytes(6).toString('hex');
    const now = sqliteTime(new Date());
    const centre = db.prepare("SELECT id FROM Center WHERE slug = 'consultation-center'").get() as { id: string };
    const staffId = `st_${id}`;
    db.prepare('INSERT INTO StaffUser (id, email, name, roles, languages, locale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      staffId, `counsellor-${id}@e2e.test`, `Counsellor ${id}`, '["counsellor"]', JSON.stringify(['ko', language]), 'ko', now, now,
    );
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(startsAt);
    const weekday = new Date(startsAt.getTime() + 9 * 3600_000).getUTCDay();
    const end = new Date(startsAt.getTime() + minutes * 60_000);
    const endClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(end);
    db.prepare(
      'INSERT INTO CounsellorSchedule (id, counsellorId, centerId, weekday, startTime, endTime, slotMinutes, capacity, channels, topics, interpreterLanguages, active, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
    ).run(`sc_${id}`, staffId, centre.id, weekday, clock, endClock, minutes, capacity, '["VISIT","PHONE","VIDEO"]', '[]', '[]', now, now);
    const slotId = `sl_${id}`;
    db.prepare(
      'INSERT INTO ConsultationSlot (id, scheduleId, counsellorId, centerId, startsAt, endsAt, capacity, booked, channels, topics, languages, closed, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)',
    ).run(slotId, `sc_${id}`, staffId, centre.id, sqliteTime(startsAt), sqliteTime(end), capacity, '["VISIT","PHONE","VIDEO"]', '[]', JSON.stringify(['ko', language]), now, now);
    return { staffId, slotId };
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

/** The choice steps: each a page with radios and a Continue button (GET forms). */
/**
 * `pick: 'last'` takes the week's last free time: tests that run in parallel with the journeys
 * (which take the first times of the Vietnamese and Urdu counsellors, who also speak Korean) then
 * never race them for a seat.
 */
export async function chooseSteps(page: Page, locale: string, choice: { topic: string; language: string; channel: string; slot?: string; pick?: 'first' | 'last' }) {
  await page.goto(`/${locale}/consultations/book`);
  for (const [name, value] of [['topic', choice.topic], ['language', choice.language], ['channel', choice.channel]] as const) {
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
    await page.locator('form button[type="submit"]').click();
  }
  const times = page.locator('input[name="slot"]');
  const slot = choice.slot ? page.locator(`input[name="slot"][value="${choice.slot}"]`) : choice.pick === 'last' ? times.last() : times.first();
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
