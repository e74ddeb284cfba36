// `npm run bench:queue`: the staff case queue at scale (docs/decisions/017). Seeds BENCH_CASES
// cases (100,000 by default; 1,000,000 takes a few minutes) into a fresh SQLite file and a fresh
// PostgreSQL database, then times the first page, a deep keyset page, filtered pages, searches
// and the counts per status, as a supervisor and as a counsellor with a small scope; p50 and p95
// over BENCH_RUNS runs (20). Writes bench/results/case-queue-<cases>-<timestamp>.json.
// PostgreSQL from BENCH_POSTGRES_URL or TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
// The measured code is the queue's TypeScript (lib/cases/queue): this runs it under tsx, with the
// react-server condition so its `server-only` marker resolves as it does on the server.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');
const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', tsx, path.join(here, 'case-queue', 'run.ts')], { stdio: 'inherit', cwd: path.join(here, '..') });
process.exit(child.status ?? 1);
