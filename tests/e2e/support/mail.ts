import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

/**
 * Mail the portal really sent over SMTP during the end-to-end run: scripts/e2e-server.mjs runs
 * an SMTP sink that writes every received message as JSON under data/e2e-mail/.
 */
export const mailDir = path.join(process.cwd(), 'data', `e2e-mail${process.env.E2E_TAG ?? ''}`);

export type SentMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: number;
};

function read(): SentMail[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(mailDir, f), 'utf8')) as SentMail)
    .sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The newest message to `to` received after `since`, waiting for it to arrive. */
export async function waitForMail(to: string, since: number, match: (mail: SentMail) => boolean = () => true): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(
      () => {
        found = read()
          .filter((m) => m.to.includes(to) && m.receivedAt >= since && match(m))
          .at(-1);
        return Boolean(found);
      },
      { timeout: 20_000, message: `an email to ${to}` },
    )
    .toBe(true);
  return found!;
}

export const linkIn = (mail: SentMail, pathPart: string) => {
  const link = mail.text.match(new RegExp(`https?://\\S+${pathPart.replace(/[?]/g, '\\?')}\\S*`))?.[0];
  if (!link) throw new Error(`no ${pathPart} link in: ${mail.text}`);
  return new URL(link);
};

export const codeIn = (mail: SentMail) => {
  const code = mail.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`no code in: ${mail.text}`);
  return code;
};
