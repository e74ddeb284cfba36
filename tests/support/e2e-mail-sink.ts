// The end-to-end run's mail server: a real SMTP sink (tests/support/smtp-sink.ts) on a fixed
// port, writing each received message as JSON under data/e2e-mail/ for the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from './smtp-sink';

const dir = path.join(process.cwd(), 'data', `e2e-mail${process.env.E2E_TAG ?? ''}`);

async function main() {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sink = await startSmtpSink(Number(process.env.E2E_SMTP_PORT ?? 2599));
  let written = 0;
  setInterval(() => {
    while (written < sink.messages.length) {
      const message = sink.messages[written]!;
      const file = path.join(dir, `${Date.now()}-${written}.json`);
      fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...message, receivedAt: Date.now() }));
      fs.renameSync(`${file}.tmp`, file); // readers never see half a file
      written++;
    }
  }, 50);
  console.log(`SMTP sink on ${sink.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void sink.stop().then(() => process.exit(0)));
}

void main();
