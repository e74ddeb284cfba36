// `npm run bench`: requests per second and latency of four pages served by the production build,
// next to a bare Node `http` server answering the same bytes (the ceiling: what Node alone does
// on this machine). The ratio says how much of the ceiling the portal reaches.
//
// Env: BENCH_DURATION (seconds per run, default 8), BENCH_CONNECTIONS (default 10),
// BENCH_SERVER (portal: server.mjs, the default; next: `next start`, see serve.mjs).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { idleCheck, origin, prepareBuild, printTable, resultsFile, serverKind, startServer } from './serve.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const barePort = 3201;
const bareOrigin = `http://127.0.0.1:${barePort}`;
const warmups = 5;
if (!(duration > 0 && connections > 0)) throw new Error('BENCH_DURATION and BENCH_CONNECTIONS must be positive numbers');

// Home (prerendered, revalidated every minute), the centres page and the localised 404.
const pages = [
  { name: 'home', path: '/ko' },
  { name: 'centers', path: '/ko/centers' },
  { name: '404', path: '/ko/no-such-page' },
  // The busiest booking step: every free time of four weeks, read from the database per request.
  { name: 'booking times', path: '/ko/consultations/book?topic=daily-life&language=ko&channel=VISIT' },
];

/**
 * Warms a page up (first renders fill caches and compile lazily-loaded chunks), then keeps the
 * last answer. fetch() asks for gzip and decodes it; autocannon asks for no encoding, so the
 * server sends it the same uncompressed bytes we keep here.
 */
async function capture(page) {
  let response;
  let body;
  for (let i = 0; i < warmups; i++) {
    response = await fetch(origin + page.path, { redirect: 'manual' });
    body = Buffer.from(await response.arrayBuffer());
  }
  return { ...page, status: response.status, contentType: response.headers.get('content-type'), body };
}

/** The ceiling: answers each path with the captured bytes, status and content-type, nothing else. */
function startBare(captured) {
  const byPath = new Map(captured.map((page) => [page.path, page]));
  const server = http.createServer((req, res) => {
    const page = byPath.get(req.url);
    if (!page) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(page.status, { 'content-type': page.contentType, 'content-length': page.body.length });
    res.end(page.body);
  });
  return new Promise((resolve) => server.listen(barePort, '127.0.0.1', () => resolve(server)));
}

async function load(url) {
  const result = await autocannon({ url, connections, duration });
  const responses = result.requests.total;
  return {
    url,
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    responses,
    // Bytes on the wire per response: headers and chunk framing included, unlike bodyBytes.
    wireBytesPerResponse: responses ? Math.round(result.throughput.total / responses) : null,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

async function main() {
  prepareBuild();
  const portal = await startServer();
  let bare;
  try {
    const captured = [];
    for (const page of pages) captured.push(await capture(page));
    for (const page of captured) console.log(`${page.path}: ${page.status}, ${page.contentType}, ${page.body.length} bytes`);
    bare = await startBare(captured);
    const cpuBusyBefore = await idleCheck();

    // One run at a time: the load generator and the server share this machine's cores, so two
    // runs at once would measure each other.
    const runs = [];
    for (const page of captured) {
      for (const [server, base] of [[serverKind, origin], ['bare node', bareOrigin]]) {
        console.log(`Loading ${page.path} on ${server} (${connections} connections, ${duration} s)…`);
        runs.push({ page: page.name, path: page.path, server, status: page.status, bodyBytes: page.body.length, ...(await load(base + page.path)) });
      }
    }

    const rows = runs.map((r) => [
      r.page, r.server, Math.round(r.requestsPerSecond), r.latencyP50Ms, r.latencyP99Ms, r.bodyBytes, r.wireBytesPerResponse, r.non2xx,
    ]);
    console.log();
    printTable(['page', 'server', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'wire B/resp', 'non-2xx'], rows);

    // The share of the ceiling the portal reaches on each page (requests per second, server / bare).
    const ratios = pages.map((page) => {
      const [n, b] = [serverKind, 'bare node'].map((server) => runs.find((r) => r.path === page.path && r.server === server));
      return { page: page.name, path: page.path, serverOverBare: b.requestsPerSecond ? n.requestsPerSecond / b.requestsPerSecond : null };
    });
    console.log();
    printTable(['page', `${serverKind} / bare req/s`], ratios.map((r) => [r.page, r.serverOverBare === null ? null : `${(r.serverOverBare * 100).toFixed(1)}%`]), { labels: 1 });
    console.log('(404: every response is a 404, so non-2xx equals the response count there.)');

    const file = resultsFile('http');
    const machine = { node: process.version, cpus: os.cpus().length, cpuBusyBefore };
    fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), server: serverKind, duration, connections, machine, runs, ratios }, null, 2));
    console.log(`\nWrote ${file}`);
    console.log(portal.logSummary());
  } finally {
    bare?.close();
    portal.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
