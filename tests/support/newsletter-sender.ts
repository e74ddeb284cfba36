// The newsletter's sender as a process of its own, for the kill-and-restart test and
// `npm run bench:send`: the send job's batches (ledger -> outbox) and the outbox dispatcher to
// SMTP, in turn, until nothing is left. DATABASE_URL and SMTP_URL come from the environment;
// `tsx tests/support/newsletter-sender.ts <site> <batch>`. One line per step on stdout, so the
// parent can kill it half-way.
import { createDb } from '@/lib/db/client';
import { dispatchDue } from '@/lib/notifications/dispatch';
import { sendDueIssues } from '@/lib/newsletter/sending';

async function main() {
  const [site, batch] = [process.argv[2]!, Number(process.argv[3] ?? 500)];
  const db = createDb();
  for (;;) {
    const { queued } = await sendDueIssues(db, { site, limit: batch });
    const { sent } = await dispatchDue(db, { limit: batch });
    process.stdout.write(`${JSON.stringify({ queued, sent })}\n`);
    if (queued === 0 && sent === 0) break;
  }
  await db.$disconnect();
}

void main();
