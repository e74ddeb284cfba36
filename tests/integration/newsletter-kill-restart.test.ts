import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { runSender, seedAudience } from '../support/newsletter-send-harness';
import { CLAIM_LEASE_MS, dispatchDue } from '@/lib/notifications/dispatch';
import { createTransports, closeTransports } from '@/lib/notifications/transports';
import { newsletterLocales } from '@/lib/newsletter/locales';

const site = 'https://portal.example';
// 10 readers in each of the 8 languages: 80 emails (320 took four minutes a database on this
// loaded machine); the 10,000-reader run is `npm run bench:send` (bench/newsletter-send.ts).
const PER_LANGUAGE = 10;

/**
 * The sender really dies: a child process runs the send job and the outbox dispatcher, gets
 * SIGKILL half-way, and is started again. The ledger and the outbox claims leave each reader with
 * exactly one email in their language: one outbox row each, one Message-ID each in the SMTP sink.
 */
describeEachDatabase('newsletter sending killed half-way and restarted', (ctx) => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
  });

  it('mails every reader exactly once, in their language, across a SIGKILL and a restart', { timeout: 300_000 }, async () => {
    const { db, url } = ctx();
    sink.clear();
    const tag = `kill${Date.now()}`;
    const sendFrom = new Date(Date.now() - 60_000);
    const { issue, total } = await seedAudience(db, { tag, perLanguage: PER_LANGUAGE, sendFrom });

    const first = await runSender({ databaseUrl: url, smtpUrl: sink.url, site, batch: 10, killAfter: total / 2 });
    expect(first).toMatchObject({ killed: true, signal: 'SIGKILL' });
    const atKill = sink.messages.length;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(total);

    const second = await runSender({ databaseUrl: url, smtpUrl: sink.url, site, batch: 10 });
    expect(second).toMatchObject({ killed: false, code: 0 });
    // A message claimed at the moment of the kill waits out its lease: the dispatcher of later
    // (an explicit clock past the lease) finishes it, carrying the same Message-ID.
    const transports = createTransports({ SMTP_URL: sink.url });
    try {
      await dispatchDue(db, { now: new Date(Date.now() + CLAIM_LEASE_MS + 60_000), transports, limit: 100 });
    } finally {
      closeTransports(transports);
    }

    const sends = await db.newsletterSend.findMany({ where: { issueId: issue.id }, select: { status: true, outboxId: true, locale: true } });
    expect(sends).toHaveLength(total);
    expect(sends.every((s) => s.status === 'QUEUED' && s.outboxId)).toBe(true);
    const outbox = await db.outboxMessage.findMany({ where: { to: { startsWith: tag } }, select: { id: true, to: true, locale: true, status: true } });
    expect(outbox).toHaveLength(total);
    expect(new Set(outbox.map((m) => m.to)).size).toBe(total);
    expect(outbox.every((m) => m.status === 'SENT' && m.to.startsWith(`${tag}-${m.locale}-`))).toBe(true);

    // In the sink: every reader, one Message-ID each, the email in the reader's language. A
    // message on the wire at the kill may have arrived twice, with its one Message-ID.
    const received = sink.messages.filter((m) => m.to[0]!.startsWith(tag));
    const idsByReader = new Map<string, Set<string>>();
    for (const mail of received) idsByReader.set(mail.to[0]!, (idsByReader.get(mail.to[0]!) ?? new Set()).add(mail.headers['message-id']!));
    expect(idsByReader.size).toBe(total);
    expect([...idsByReader.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(received.length - total).toBeLessThanOrEqual(1);
    for (const locale of newsletterLocales) {
      const mail = received.find((m) => m.to[0]!.startsWith(`${tag}-${locale}-`))!;
      expect(mail.text).toContain(`${tag} ${locale} title`);
      expect(mail.text).toContain(`${site}/${locale}/newsletter/${issue.number}/`);
    }
  });
});
