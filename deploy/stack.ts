// The production layout on one machine: N `node server.mjs` instances on one database, nginx in
// front (deploy/nginx.conf). Used by `npm run deploy:local` (deploy/local.ts) and by the deploy
// tests (tests/e2e/deploy), so what is tested is what the script starts (decision 036).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { startNginx } from './nginx.mjs';

export { renderNginxConf, startNginx } from './nginx.mjs';

const run = promisify(execFile);
const root = process.cwd();

/** Answers with status, headers and body; never follows a redirect. */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/html', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url}: no answer within 30 s`)));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, gaveUp: () => string | null, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    const reason = gaveUp() ?? (Date.now() > deadline ? 'timed out' : null);
    if (reason) throw new Error(`${what}: ${reason}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const tail = (file: string, lines = 25) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(no log)');

/** Applies the migrations (and the seed when `seed`) to the database of `databaseUrl`, as `npm start` does. */
export async function migrate(databaseUrl: string, { seed = true, env = process.env }: { seed?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const args = ['scripts/db-prepare.mjs', ...(seed ? [] : ['--no-seed'])];
  await run(process.execPath, args, { cwd: root, env: { ...env, DATABASE_URL: databaseUrl, SEED_ON_START: seed ? 'true' : 'false' }, maxBuffer: 16 * 1024 * 1024 });
}

export type Instance = {
  name: string;
  port: number;
  origin: string;
  logFile: string;
  /** Starts the process (again): resolves when /api/health/ready answers 200. */
  start: () => Promise<void>;
  /** SIGTERM (Next finishes what it is answering), SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
  /** SIGKILL at once: a crash. */
  kill: () => Promise<void>;
  running: () => boolean;
};

/** One `node server.mjs` in production mode, its output appended to `logFile`. */
export function instance({ name, port, env, logFile }: { name: string; port: number; env: NodeJS.ProcessEnv; logFile: string }): Instance {
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const onParentExit = () => child?.kill('SIGKILL');
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    current.kill(sig);
    const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    process.off('exit', onParentExit);
  };
  return {
    name,
    port,
    origin,
    logFile,
    running: () => Boolean(child && child.exitCode === null && child.signalCode === null),
    async start() {
      fs.mkdirSync(path.dirname(logFile), { recursive: true });
      const log = fs.openSync(logFile, 'a');
      const started = spawn(process.execPath, ['server.mjs'], {
        cwd: root,
        env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', log, log],
      });
      fs.closeSync(log);
      child = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      process.once('exit', onParentExit);
      await waitFor(
        `${name} on ${origin}`,
        async () => (await httpGet(`${origin}/api/health/ready`)).status === 200,
        () => (started.exitCode !== null || started.signalCode !== null ? `exited; ${logFile} ends:\n${tail(logFile)}` : null),
      );
    },
    stop: (graceMs = 10_000) => signal('SIGTERM', graceMs),
    kill: () => signal('SIGKILL', 0),
  };
}

export type Proxy = Awaited<ReturnType<typeof startNginx>>;

export type Stack = { proxy: Proxy; instances: Instance[]; stop: () => Promise<void> };

/**
 * Instances on `ports` (all on `env`'s database, already migrated), then nginx on `proxyPort`.
 * Each instance gets the proxy as its only trusted hop and the proxy's address as SITE_URL.
 */
export async function startStack({ env, ports, proxyPort, runDir }: { env: NodeJS.ProcessEnv; ports: number[]; proxyPort: number; runDir: string }): Promise<Stack> {
  const proxyOrigin = `http://127.0.0.1:${proxyPort}`;
  const shared = { TRUSTED_PROXIES: '127.0.0.1', SITE_URL: proxyOrigin, ...env };
  const instances = ports.map((port, i) =>
    instance({
      name: `instance ${i + 1}`,
      port,
      logFile: path.join(runDir, `instance-${i + 1}.log`),
      // One instance delivers mail and runs the jobs; jobs would run once per period anyway
      // (decision 008), but one dispatcher keeps the mail order simple to follow in the logs.
      env: i === 0 ? shared : { ...shared, DISPATCHER: 'off', SCHEDULER: 'off' },
    }),
  );
  const stopAll = async (proxy?: Proxy) => {
    await proxy?.stop();
    await Promise.all(instances.map((i) => i.stop()));
  };
  try {
    // One after the other: two Next servers warming up at once on two cores take longer than in turn.
    for (const i of instances) await i.start();
    const proxy = await startNginx({ prefix: path.join(runDir, 'nginx'), port: proxyPort, upstreamPorts: ports });
    return { proxy, instances, stop: () => stopAll(proxy) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** KEY=value lines (# comments, blank lines); values are not expanded. */
export function readEnvFile(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && match[2] !== '') values[match[1]!] = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}
