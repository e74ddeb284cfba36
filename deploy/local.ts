// `npm run deploy:local`: the production layout on this machine. Builds once (or serves a given
// build folder), migrates and seeds the database, starts N instances of `node server.mjs` and
// nginx in front, and stops everything it started on Ctrl-C. README "Production layout".
//
//   npm run deploy:local -- [--env deploy/production.env] [--instances 2] [--build .next-deploy]
//                           [--ports 3171] [--proxy-port 3180] [--run-dir data/deploy-run]
//
// The env file (copy deploy/production.env.example) must name a PostgreSQL DATABASE_URL and the
// secrets every instance shares; variables already set in the environment win over the file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sourceStamp } from '../scripts/source-stamp.mjs';
import { migrate, readEnvFile, startStack } from './stack';

const { values: args } = parseArgs({
  options: {
    env: { type: 'string', default: 'deploy/production.env' },
    instances: { type: 'string', default: '2' },
    build: { type: 'string', default: '.next-deploy' },
    ports: { type: 'string', default: '3171' },
    'proxy-port': { type: 'string', default: '3180' },
    'run-dir': { type: 'string', default: 'data/deploy-run' },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!fs.existsSync(args.env)) fail(`No ${args.env}: copy deploy/production.env.example to it and fill in the secrets.`);
const env: NodeJS.ProcessEnv = { ...readEnvFile(args.env), ...process.env, NEXT_DIST_DIR: args.build, NEXT_TELEMETRY_DISABLED: '1' };
const count = Number(args.instances);
const firstPort = Number(args['ports']);
const proxyPort = Number(args['proxy-port']);
if (!Number.isInteger(count) || count < 1) fail('--instances must be a whole number, 1 or more.');
if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')) fail('DATABASE_URL must name a PostgreSQL database: several instances cannot share an SQLite file safely.');
for (const name of ['AUTH_SECRET', 'SUPPORT_DATA_KEY', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']) if (!env[name]) fail(`${name} is not set in ${args.env}: every instance must share it.`);

// Build once, with the variables the build bakes in (deployment id, server-action key, SITE_URL),
// unless the folder already holds a build of these sources.
// The stamp covers SITE_URL, which the build bakes in: the file's value counts, not only the shell's.
if (env.SITE_URL) process.env.SITE_URL = env.SITE_URL;
const stampFile = path.join(args.build, 'source-stamp');
const built = fs.existsSync(path.join(args.build, 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === sourceStamp();
if (!built) {
  console.log(`Building into ${args.build}…`);
  const nextBin = createRequire(path.join(process.cwd(), 'package.json')).resolve('next/dist/bin/next');
  execFileSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  fs.writeFileSync(stampFile, sourceStamp());
}

// A build made with another server-action key would not open what its prerendered pages carry
// once the instances run with this one (decision 036): refuse instead of failing form by form.
const manifest = path.join(args.build, 'server', 'server-reference-manifest.json');
const builtKey = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { encryptionKey?: string }).encryptionKey : undefined;
if (builtKey !== env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) fail(`${args.build} was built with another NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: build it again with this one (remove the folder).`);

async function main() {
  console.log('Migrating and seeding the database…');
  await migrate(env.DATABASE_URL!, { seed: env.SEED_ON_START !== 'false', env });

  const runDir = path.resolve(args['run-dir']);
  fs.mkdirSync(runDir, { recursive: true });
  const ports = Array.from({ length: count }, (_, i) => firstPort + i);
  console.log(`Starting ${count} instance(s) on ${ports.join(', ')} and nginx on ${proxyPort} (logs in ${runDir})…`);
  const stack = await startStack({ env, ports, proxyPort, runDir });
  console.log(`Portal ready on ${stack.proxy.origin} (Ctrl-C stops everything).`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('Stopping nginx and the instances…');
      void stack.stop().then(() => process.exit(0));
    });
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
