// Serves a production build for the end-to-end tests: its own SQLite file (data/e2e.db), its own
// build folder (.next-e2e), fresh seed data and one urgent notice so notices are tested too.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { e2eSettings, prepareE2e, takePrepared } from './e2e-prepare.mjs';

const require = createRequire(import.meta.url);
const { port, env } = e2eSettings();
// `npm test` prepares the database and the build while its earlier stages run (scripts/test.mjs).
if (!takePrepared()) prepareE2e();

// A real SMTP conversation: the portal sends to this sink, the tests read what arrived.
const sink = spawn(process.execPath, [require.resolve('tsx/cli'), 'tests/support/e2e-mail-sink.ts'], { stdio: 'inherit', env });
const server = spawn(process.execPath, ['server.mjs'], { stdio: 'inherit', env: { ...env, PORT: port, HOST: '127.0.0.1', NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.kill(signal);
    sink.kill(signal);
  });
server.on('exit', (code) => {
  sink.kill();
  process.exit(code ?? 0);
});
