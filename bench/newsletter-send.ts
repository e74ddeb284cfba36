// `npm run bench:send`: an issue sent to BENCH_SUBSCRIBERS (10,000) confirmed readers across the
// eight newsletter languages, by the sender in a child process (tests/support/newsletter-sender.ts:
// the send job's batches into the outbox, the dispatcher from the outbox to SMTP), into a real
// SMTP server (tests/support/smtp-sink.ts) on a fresh migrated SQLite file. Reports messages per
// second into the sink and checks exactly one Message-ID per reader. BENCH_KILL=1 sends the
// sender SIGKILL half-way and starts it again (the integration test does that at a small size).
// Env: BENCH_SUBSCRIBERS (10000), BENCH_BATCH (500 per step).
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '@/lib/db/client';
import { migrateSqlite } from '@/lib/db/migrate';
import { CLAIM_LEASE_MS, dispatchDue } from '@/lib/notifications/dispatch';
import { closeTransports, createTransports } from '@/lib/notifications/transports';
import { newsletterLocales } from '@/lib/newsletter/locales';
import { startSmtpSink } from '../tests/support/smtp-sink';
import { runSender, seedAudience } from '../tests/support/newsletter-send-harness';

const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const batch = Number(process.env.BENCH_BATCH ?? 500);
const kill = process.env.BENCH_KILL === '1';
const site = 'https://portal.example';

async function main() {
  const dir = path.join(process.cwd(), 'data', 'bench-send');
  fs.rmSync(dir, { recursive: true, force: true });
  const file = path.join(dir, 'send.db');
  fs.mkdirSync(dir, { recursive: true });
  migrateSqlite(file);
  const db = createDb({ kind: 'sqlite', file });
  const sink = await startSmtpSink();
  try {
    const perLanguage = Math.ceil(subscribers / newsletterLocales.length);
    const seedStart = performance.now();
    const { total } = await seedAudience(db, { tag: 'bench', perLanguage, sendFrom: new Date(Date.now() - 60_000) });
    console.log(`Seeded ${total} confirmed readers in ${newsletterLocales.length} languages in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const start = performance.now();
    const runs = [await runSender({ databaseUrl: `file:${file}`, smtpUrl: sink.url, site, batch, killAfter: kill ? total / 2 : undefined })];
    if (kill) runs.push(await runSender({ databaseUrl: `file:${file}`, smtpUrl: sink.url, site, batch }));
    const seconds = (performance.now() - start) / 1000;
    if (kill) {
      // The message on the wire at the kill waits out its lease: a dispatcher past it finishes it.
      const transports = createTransports({ SMTP_URL: sink.url });
      await dispatchDue(db, { now: new Date(Date.now() + CLAIM_LEASE_MS + 60_000), transports, limit: 100 });
      closeTransports(transports);
    }

    const readers = new Map<string, Set<string>>();
    for (const mail of sink.messages) readers.set(mail.to[0]!, (readers.get(mail.to[0]!) ?? new Set()).add(mail.headers['message-id']!));
    const exactlyOnce = readers.size === total && [...readers.values()].every((ids) => ids.size === 1);
    const result = {
      date: new Date().toISOString(),
      subscribers: total,
      batch,
      killedAndRestarted: kill,
      runs,
      seconds: Number(seconds.toFixed(1)),
      delivered: sink.messages.length,
      messagesPerSecond: Number((sink.messages.length / seconds).toFixed(1)),
      readersReached: readers.size,
      exactlyOnePerReader: exactlyOnce,
    };
    console.table([{ subscribers: total, seconds: result.seconds, delivered: result.delivered, 'msg/s': result.messagesPerSecond, 'one per reader': exactlyOnce }]);
    const out = path.join(process.cwd(), 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    const json = path.join(out, `send-${result.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(json, JSON.stringify(result, null, 2));
    console.log(`Wrote ${json}`);
    if (!exactlyOnce) process.exitCode = 1;
  } finally {
    await sink.stop();
    await db.$disconnect();
  }
}

void main();
