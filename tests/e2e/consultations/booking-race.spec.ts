import { test, expect } from '@playwright/test';
import { readManageToken } from '@/lib/consultations/tokens';
import { get, loggedErrors, messageTexts, pageText, RACE_AUTH_SECRET, setUpRace, submit, type Race } from '../../support/race-harness';
import http from 'node:http';

/**
 * The last seats of a slot, wanted by many people at the same moment, through two server
 * processes sharing one database, as production runs behind a load balancer: exactly `capacity`
 * bookings, a clear "this time is no longer free" for everyone else, and no server error. Over
 * HTTP, without a browser: each request is what a browser without JavaScript sends when "Confirm
 * booking" is pressed (tests/support/race-harness.ts).
 *
 * Both databases, always: without TEST_POSTGRES_URL the PostgreSQL case fails and says why
 * (.ci/run sets it). It runs in its own Playwright project after the browser tests (see
 * playwright.config.ts), so its burst of requests does not slow them; it serves the same build
 * (.next-e2e) from two servers of its own, on free ports, with their own databases.
 */
const REQUESTS = 200;
const CAPACITY = 3;
const LOCALE = 'ko';

test.describe.configure({ mode: 'default' });

for (const kind of ['sqlite', 'postgres'] as const) {
  test.describe(`booking race [${kind}]`, () => {
    let race: Race | undefined;
    test.afterEach(async () => {
      await race?.close();
    });

    test(`${REQUESTS} simultaneous confirmations of a slot with ${CAPACITY} seats, over two server processes: ${CAPACITY} bookings, the rest told the time is full, no 5xx`, async ({}, testInfo) => {
      test.setTimeout(300_000);
      // The server's manage links are signed with this secret; the test reads them with it too.
      process.env.AUTH_SECRET = RACE_AUTH_SECRET;
      race = await setUpRace({ kind, name: 'race', distDir: '.next-e2e', logDir: testInfo.outputPath(), requests: REQUESTS, capacity: CAPACITY, locale: LOCALE });
      expect(race.origins).toHaveLength(2);

      const outcome = await race.fire();
      const summary = `${outcome.booked.length} booked, ${outcome.full.length} full, ${outcome.other.length} other in ${Math.round(outcome.wallMs)} ms (p50 ${Math.round(outcome.p50)} ms, p99 ${Math.round(outcome.p99)} ms)`;
      testInfo.annotations.push({ type: 'race', description: summary });
      console.log(`booking race [${kind}]: ${summary}`);
      const others = outcome.other.slice(0, 5).map((r) => `${r.status} ${r.location ?? ''} ${r.body.slice(0, 200)}`);
      const serverErrors = race.logFiles.flatMap(loggedErrors);

      expect(
        outcome.results.filter((r) => r.status >= 500 || r.status === 0),
        `server errors or failed connections; ${summary}\n${others.join('\n')}\nserver logs:\n${serverErrors.slice(0, 10).join('\n')}`,
      ).toEqual([]);
      expect(outcome.other, `answers that are neither a booking nor "full"; ${summary}\n${others.join('\n')}`).toEqual([]);
      expect(outcome.booked, summary).toHaveLength(CAPACITY);
      expect(outcome.full, summary).toHaveLength(REQUESTS - CAPACITY);
      // Both processes answered and both booked or refused: the race really was between them.
      for (const origin of race.origins) expect(outcome.results.filter((r) => r.origin === origin)).toHaveLength(REQUESTS / 2);

      const counts = await race.count();
      expect(counts.booked).toBe(CAPACITY);
      expect(counts.bookings).toHaveLength(CAPACITY);
      expect(counts.cases).toBe(CAPACITY);
      expect(counts.allBookings, 'no one who lost was booked into another slot').toBe(CAPACITY);
      expect(counts.allConsultationCases).toBe(CAPACITY);

      // Each success's manage link is signed for one of the bookings, made from that request's draft.
      const bookingOf = (location: string) => readManageToken(decodeURIComponent(new URL(location, race!.origins[0]).pathname.split('/').pop()!));
      for (const success of outcome.booked) {
        const claimed = bookingOf(success.location!);
        const booking = counts.bookings.find((b) => b.id === claimed?.bookingId);
        expect(booking?.draftId, `the link of ${success.draftId}`).toBe(success.draftId);
      }

      // Pressing the button again (a double click, the back button) answers the same link, on
      // either server, and books nothing more.
      const winner = outcome.booked[0]!;
      const agent = new http.Agent({ keepAlive: true });
      for (const form of race.forms.filter((f) => f.draftId === winner.draftId)) {
        for (const origin of race.origins) {
          const again = await submit({ ...form, origin, url: new URL(new URL(form.url).pathname + new URL(form.url).search, origin).toString() }, LOCALE, agent);
          expect(again.kind, `${again.status} ${again.location}`).toBe('booked');
          expect(new URL(again.location!, origin).pathname + new URL(again.location!, origin).search).toBe(
            new URL(winner.location!, winner.origin).pathname + new URL(winner.location!, winner.origin).search,
          );
        }
      }
      agent.destroy();
      const after = await race.count();
      expect(after.booked).toBe(CAPACITY);
      expect(after.allBookings).toBe(CAPACITY);

      // Someone who lost is told, in their language, that the time is no longer free.
      const loser = outcome.full[0]!;
      const page = await get(new URL(loser.location!, loser.origin).toString());
      expect(page.status).toBe(200);
      const text = await pageText(page.body);
      for (const message of messageTexts(LOCALE, 'Consultations.check.problems.full')) {
        // Literal parts only: an ICU argument or rich-text tag is filled in by the page.
        for (const part of message
          .split(/\{[^}]*\}|<\/?[a-z]+>/i)
          .map((p) => p.trim())
          .filter(Boolean))
          expect(text).toContain(part);
      }
    });
  });
}
