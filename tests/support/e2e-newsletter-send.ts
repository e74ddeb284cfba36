// Asks for issue <number> to be sent and runs the newsletter's send job once against the
// end-to-end database, as the scheduler would within a minute (the test cannot wait for it):
// `tsx tests/support/e2e-newsletter-send.ts <number> <site>`; prints how many emails it queued.
import { createDb } from '@/lib/db/client';
import { sendDueIssues } from '@/lib/newsletter/sending';

async function main() {
  const [number, site] = [Number(process.argv[2]), process.argv[3]!];
  const db = createDb();
  const now = new Date();
  await db.newsletterIssue.updateMany({ where: { number }, data: { sendFrom: now } });
  const { queued } = await sendDueIssues(db, { now, site });
  await db.$disconnect();
  process.stdout.write(JSON.stringify({ queued }));
}

void main();
