import crypto from 'node:crypto';
import http from 'node:http';
import { test, expect } from '../fixtures';
import { withE2eDb } from '../support/db';
import { ownSeats, seoulTime, sqliteTime } from '../support/consultations';
import { readConfirmForm, submit, type RaceForm } from '../../support/race-harness';
import vi from '@/messages/vi.json';

/**
 * The booking submit sends an email or a text message, so it is the first thing a bot or a
 * script aims at: a filled honeypot is refused and one address gets a budget of submissions,
 * while a resident elsewhere books as usual. Over HTTP as a browser without JavaScript posts.
 */
const LOCALE = 'vi';
const BUDGET = 40; // throttleRules.publicFormAddress in lib/auth/throttle.ts

function draftFor(seats: { topic: string; slotId: string }, email: string) {
  return withE2eDb((db) => {
    const id = crypto.randomBytes(18).toString('base64url');
    const topic = db.prepare('SELECT id FROM ConsultationTopic WHERE slug = ?').get(seats.topic) as { id: string };
    const values = {
      locale: LOCALE,
      topicId: topic.id,
      language: 'vi',
      channel: 'VISIT',
      slotId: seats.slotId,
      answers: { name: 'Nguyễn Văn Bình', email, problem: 'Chủ không trả lương.', interpreter: 'no', consent: 'yes' },
    };
    const now = new Date();
    db.prepare('INSERT INTO FormDraft (id, purpose, "values", expiresAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      'consultation-booking',
      JSON.stringify(values),
      sqliteTime(new Date(now.getTime() + 3_600_000)),
      sqliteTime(now),
      sqliteTime(now),
    );
    return id;
  });
}
const bookingsMadeFrom = (draftId: string) => withE2eDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM ConsultationBooking WHERE draftId = ?').get(draftId) as { n: number }).n);
const withField = (form: RaceForm, name: string, value: string): RaceForm => ({ ...form, fields: [...form.fields.filter(([n]) => n !== name), [name, value]] });

test('the booking submit refuses a filled honeypot and a flood from one address, while a resident elsewhere books', async ({ baseURL, page }) => {
  test.setTimeout(90_000); // about fifty form posts, each a server action
  const seats = ownSeats({ language: 'vi', times: [seoulTime(9, '16:37')], capacity: 3 });
  const agent = new http.Agent({ keepAlive: true });
  const origin = baseURL!;

  // A bot fills every field, the hidden one too: refused, nothing booked, the draft kept.
  const botDraft = draftFor(seats, 'bot@e2e.test');
  const botForm = await readConfirmForm(origin, LOCALE, botDraft);
  expect(botForm.fields.map(([name]) => name)).toContain('website_url');
  const bot = await submit(withField(botForm, 'website_url', 'http://cheap-pills.example'), LOCALE, agent, undefined, '203.0.113.50');
  expect(new URL(bot.location!, origin).searchParams.get('problem')).toBe('refused');
  expect(bookingsMadeFrom(botDraft)).toBe(0);
  await page.goto(bot.location!);
  await expect(page.getByRole('heading', { name: vi.Consultations.check.problems.refused.title })).toBeVisible();

  // A script posting from one address uses up its budget (drafts that do not exist book nothing).
  const flooder = '203.0.113.51';
  for (let i = 0; i < BUDGET; i++) {
    const answer = await submit(withField(botForm, 'draft', crypto.randomBytes(18).toString('base64url')), LOCALE, agent, undefined, flooder);
    expect(new URL(answer.location!, origin).searchParams.get('problem')).not.toBe('throttled');
  }
  const floodDraft = draftFor(seats, 'flood@e2e.test');
  const throttled = await submit(await readConfirmForm(origin, LOCALE, floodDraft), LOCALE, agent, undefined, flooder);
  expect(new URL(throttled.location!, origin).searchParams.get('problem')).toBe('throttled');
  expect(bookingsMadeFrom(floodDraft)).toBe(0);
  await page.goto(throttled.location!);
  await expect(page.getByRole('heading', { name: vi.Consultations.check.problems.throttled.title })).toBeVisible();
  // What the resident typed is still there to book later.
  await expect(page.getByText('Nguyễn Văn Bình')).toBeVisible();

  // Another resident, another address: booked as usual.
  const residentDraft = draftFor(seats, 'binh.nguyen@e2e.test');
  const booked = await submit(await readConfirmForm(origin, LOCALE, residentDraft), LOCALE, agent, undefined, '203.0.113.52');
  expect(booked.kind).toBe('booked');
  expect(bookingsMadeFrom(residentDraft)).toBe(1);
  agent.destroy();
});
