import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Db } from '@/lib/db/client';
import { newsletterLocales } from '@/lib/newsletter/locales';
import { createArticle } from './newsletter';

const require = createRequire(import.meta.url);

/**
 * An issue with an article in each of the eight languages, and `perLanguage` confirmed readers of
 * each, asked to be sent at `sendFrom`: the audience of the kill-and-restart test and of
 * `npm run bench:send`.
 */
export async function seedAudience(db: Db, { tag, perLanguage, sendFrom }: { tag: string; perLanguage: number; sendFrom: Date }) {
  const versions = Object.fromEntries(newsletterLocales.map((l) => [l, { title: `${tag} ${l} title`, summary: `${l} summary`, body: `${l} body` }]));
  const { issue } = await createArticle(db, versions);
  const confirmedAt = new Date(sendFrom.getTime() - 60_000);
  for (const locale of newsletterLocales) {
    for (let start = 0; start < perLanguage; start += 500) {
      const count = Math.min(500, perLanguage - start);
      await db.newsletterSubscriber.createMany({
        data: Array.from({ length: count }, (_, i) => ({ email: `${tag}-${locale}-${start + i}@send.test`, locale, status: 'CONFIRMED' as const, confirmedAt })),
      });
    }
  }
  await db.newsletterIssue.update({ where: { id: issue.id }, data: { sendFrom } });
  return { issue, total: perLanguage * newsletterLocales.length };
}

export type SenderRun = { code: number | null; signal: NodeJS.Signals | null; sent: number; killed: boolean };

/**
 * Runs tests/support/newsletter-sender.ts in a child process against `databaseUrl`, mailing to
 * `smtpUrl`; with `killAfter`, sends it SIGKILL once it reports that many emails handed to SMTP.
 */
export function runSender({ databaseUrl, smtpUrl, site, batch, killAfter }: { databaseUrl: string; smtpUrl: string; site: string; batch: number; killAfter?: number }): Promise<SenderRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'tests/support/newsletter-sender.ts', site, String(batch)], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, SCHEDULER: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let sent = 0;
    let killed = false;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) sent += (JSON.parse(line) as { sent: number }).sent;
      if (killAfter !== undefined && !killed && sent >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, sent, killed }));
  });
}
