// `npm run bench:alert`: what an urgent alert costs the public pages (issue #11, decision 025).
// Home and the centres page are loaded without an alert, then an urgent notice is put in force
// in the bench database (as a save in /admin/notices does, minus its cache expiry on the instance
// that took it), the time until both pages show it is measured (the other instances' case: ISR and
// the notices cache, a minute each at most), and the same pages are loaded again with the banner
// on them, side by side in one table. The notice is removed at the end.
//
// Env: BENCH_DURATION (seconds per run, default 8), BENCH_CONNECTIONS (default 10), BENCH_PORT.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { idleCheck, origin, prepareBuild, printTable, resultsFile, root, startServer, runBench } from './serve.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
if (!(duration > 0 && connections > 0)) throw new Error('BENCH_DURATION and BENCH_CONNECTIONS must be positive numbers');
const pages = [
  { name: 'home', path: '/ko' },
  { name: 'home (ur, fallback text)', path: '/ur' },
  { name: 'centers', path: '/ko/centers' },
];
// Two minutes: the ISR period and the notices cache's, a minute each, with room for a slow render.
const appearLimitMs = 150_000;
const title = { ko: '태풍 경보: 오늘 밤 외출을 삼가세요', en: 'Typhoon warning: stay indoors tonight' };
const marker = title.ko;
const sqliteTime = (date) => date.toISOString().replace('Z', '+00:00');

async function load(url) {
  const result = await autocannon({ url, connections, duration });
  return { requestsPerSecond: result.requests.mean, latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function showsAlert(page) {
  const response = await fetch(origin + page.path);
  const html = await response.text();
  return { shown: html.includes(marker), cacheControl: response.headers.get('cache-control'), nextCache: response.headers.get('x-nextjs-cache') };
}

async function main() {
  prepareBuild();
  const db = new Database(path.join(root, 'data', 'bench.db'));
  const id = `bench-alert-${crypto.randomBytes(4).toString('hex')}`;
  db.prepare('DELETE FROM Notice WHERE id LIKE ?').run('bench-alert-%');
  const portal = await startServer();
  const runs = [];
  try {
    for (const page of pages) for (let i = 0; i < 5; i++) await fetch(origin + page.path).then((r) => r.arrayBuffer());
    for (const page of pages) if ((await showsAlert(page)).shown) throw new Error(`${page.path} already shows the bench alert`);
    const cpuBusyBefore = await idleCheck();
    for (const page of pages) {
      console.log(`Loading ${page.path} without an alert (${connections} connections, ${duration} s)…`);
      runs.push({ page: page.name, path: page.path, alert: 'none', ...(await load(origin + page.path)) });
    }

    const now = new Date();
    db.prepare("INSERT INTO Notice (id, severity, title, body, startsAt, endsAt, createdAt, updatedAt) VALUES (?, 'URGENT', ?, ?, ?, ?, ?, ?)").run(
      id,
      JSON.stringify(title),
      JSON.stringify({ ko: '대피소 안내는 안산시 누리집에 있습니다.', en: 'Shelters are listed on the city website.' }),
      sqliteTime(new Date(now.getTime() - 1000)),
      sqliteTime(new Date(now.getTime() + 3_600_000)),
      sqliteTime(now),
      sqliteTime(now),
    );
    console.log('Urgent notice in force; waiting for the pages to show it (no cache expiry sent, as on an instance that did not take the save)…');
    const appeared = {};
    const headers = {};
    while (Object.keys(appeared).length < pages.length) {
      if (Date.now() - now.getTime() > appearLimitMs) throw new Error(`Not shown within ${appearLimitMs / 1000} s on: ${pages.filter((p) => !(p.name in appeared)).map((p) => p.path)}`);
      for (const page of pages.filter((p) => !(p.name in appeared))) {
        const seen = await showsAlert(page);
        if (seen.shown) {
          appeared[page.name] = (Date.now() - now.getTime()) / 1000;
          headers[page.name] = seen;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    for (const page of pages) {
      console.log(`Loading ${page.path} with the alert (${connections} connections, ${duration} s)…`);
      runs.push({ page: page.name, path: page.path, alert: 'urgent', ...(await load(origin + page.path)) });
    }

    console.log();
    printTable(
      ['page', 'req/s, no alert', 'req/s, alert', 'alert / none', 'p99 ms, no alert', 'p99 ms, alert', 'shown after s', 'cache-control with alert'],
      pages.map((page) => {
        const [none, urgent] = ['none', 'urgent'].map((alert) => runs.find((r) => r.path === page.path && r.alert === alert));
        return [
          page.name,
          Math.round(none.requestsPerSecond),
          Math.round(urgent.requestsPerSecond),
          none.requestsPerSecond ? (urgent.requestsPerSecond / none.requestsPerSecond).toFixed(2) : null,
          none.latencyP99Ms,
          urgent.latencyP99Ms,
          appeared[page.name].toFixed(0),
          headers[page.name].cacheControl,
        ];
      }),
      { labels: 1 },
    );
    const file = resultsFile('urgent-alert');
    fs.writeFileSync(
      file,
      JSON.stringify(
        { date: new Date().toISOString(), duration, connections, machine: { node: process.version, cpus: os.cpus().length, cpuBusyBefore }, runs, appearedAfterSeconds: appeared, headers },
        null,
        2,
      ),
    );
    console.log(`\nWrote ${file}`);
  } finally {
    db.prepare('DELETE FROM Notice WHERE id = ?').run(id);
    db.close();
    portal.stop();
  }
}

runBench(main);
