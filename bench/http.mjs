// `npm run bench`: requests per second and latency of eight pages (five, and the newsletter's three) served by the production build,
// home and the centres page also through nginx (deploy/nginx.conf, its cache),
// next to a bare Node `http` server answering the same bytes (the ceiling: what Node alone does
// on this machine) and as a share of the home page's; then the bytes of a first and a second
// visit against the prepaid budget (bytes.mjs) and the Nu HTML checker on every public page type
// (html.mjs).
//
// Env: BENCH_DURATION (seconds per run, default 8), BENCH_CONNECTIONS (default 10),
// BENCH_SERVER (portal: server.mjs, the default; next: `next start`, see serve.mjs), BENCH_PORT
// (default 3200; the bare server uses the next port).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { idleCheck, origin, port, prepareBuild, printTable, resultsFile, root, serverKind, startServer, runBench } from './serve.mjs';
import { budgets, bytesTable, deviceFonts, kib, measureBytes } from './bytes.mjs';
import { checkHtml } from './html.mjs';
import { startNginx } from '../deploy/nginx.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const barePort = port + 1;
const bareOrigin = `http://127.0.0.1:${barePort}`;
// The production proxy (deploy/nginx.conf) in front of the same portal process: public pages
// come from its cache for as long as they say (s-maxage). Goal (issue #13): at least half the
// bare Node server's requests per second on these pages.
const proxyPort = port + 2;
const PROXY = 'through nginx';
const proxiedPages = new Set(['home', 'centers']);
const warmups = 5;
if (!(duration > 0 && connections > 0)) throw new Error('BENCH_DURATION and BENCH_CONNECTIONS must be positive numbers');

// Home (prerendered, revalidated every minute), the centres page and the localised 404.
const pages = [
  { name: 'home', path: '/ko' },
  { name: 'centers', path: '/ko/centers' },
  { name: 'consultations', path: '/ko/consultations' },
  { name: '404', path: '/ko/no-such-page' },
  // The busiest booking step: a week of free times, from a few seconds' cache (free-times-cache.ts).
  { name: 'booking times', path: '/ko/consultations/book?topic=daily-life&language=ko&channel=VISIT' },
  // The newsletter's public pages (ISR like the others): the archive, an issue, an article.
  { name: 'newsletter', path: '/ko/newsletter' },
  { name: 'newsletter issue', path: '/ko/newsletter/43' },
  { name: 'newsletter article', path: '/ko/newsletter/43/consultation-center' },
];

// The pages and locales whose bytes are held to the prepaid budget (bytes.mjs).
const byteLocales = ['ko', 'en', 'my', 'ur'];
const bytePages = [
  ['home', ''],
  ['centers', '/centers'],
  ['consultations', '/consultations'],
  ['booking times', '/consultations/book?topic=daily-life&language=ko&channel=VISIT'],
  ['404', '/no-such-page'],
  ['newsletter', '/newsletter'],
  ['newsletter article', '/newsletter/43/consultation-center'],
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
  let proxy;
  try {
    const captured = [];
    for (const page of pages) captured.push(await capture(page));
    for (const page of captured) console.log(`${page.path}: ${page.status}, ${page.contentType}, ${page.body.length} bytes`);
    bare = await startBare(captured);
    proxy = await startNginx({ prefix: path.join(root, 'data', 'bench-nginx'), port: proxyPort, upstreamPorts: [port] });
    // Its cache filled (and checked to answer the same page) before the clock starts.
    for (const page of captured.filter((p) => proxiedPages.has(p.name))) {
      for (let i = 0; i < 2; i++) await fetch(proxy.origin + page.path).then((r) => r.arrayBuffer());
      const cached = await fetch(proxy.origin + page.path);
      const body = Buffer.from(await cached.arrayBuffer());
      console.log(`${page.path} through nginx: ${cached.status}, cache ${cached.headers.get('x-cache-status')}, ${body.length} bytes`);
    }
    const cpuBusyBefore = await idleCheck();

    // One run at a time: the load generator and the server share this machine's cores, so two
    // runs at once would measure each other.
    const runs = [];
    for (const page of captured) {
      for (const [server, base] of [[serverKind, origin], ['bare node', bareOrigin], ...(proxiedPages.has(page.name) ? [[PROXY, proxy.origin]] : [])]) {
        console.log(`Loading ${page.path} on ${server} (${connections} connections, ${duration} s)…`);
        runs.push({ page: page.name, path: page.path, server, status: page.status, bodyBytes: page.body.length, ...(await load(base + page.path)) });
      }
    }

    const rows = runs.map((r) => [r.page, r.server, Math.round(r.requestsPerSecond), r.latencyP50Ms, r.latencyP99Ms, r.bodyBytes, r.wireBytesPerResponse, r.non2xx]);
    console.log();
    printTable(['page', 'server', 'req/s', 'p50 ms', 'p99 ms', 'body B', 'wire B/resp', 'non-2xx'], rows);

    // The share of the ceiling the portal reaches on each page (requests per second, server / bare).
    const ratios = pages.map((page) => {
      const [n, b, p] = [serverKind, 'bare node', PROXY].map((server) => runs.find((r) => r.path === page.path && r.server === server));
      return {
        page: page.name,
        path: page.path,
        serverOverBare: b.requestsPerSecond ? n.requestsPerSecond / b.requestsPerSecond : null,
        proxyOverBare: p && b.requestsPerSecond ? p.requestsPerSecond / b.requestsPerSecond : null,
      };
    });
    const share = (ratio) => (ratio === null ? null : `${(ratio * 100).toFixed(1)}%`);
    console.log();
    printTable(
      ['page', `${serverKind} / bare req/s`, `${PROXY} / bare req/s`],
      ratios.map((r) => [r.page, share(r.serverOverBare), share(r.proxyOverBare)]),
      { labels: 1 },
    );
    console.log('(404: every response is a 404, so non-2xx equals the response count there.)');

    // Each page's requests per second as a share of the home page's, in this same run: the
    // machine's own speed cancels out (goals: 404 ≥ 0.9, booking times ≥ 0.5).
    const rps = (name) => runs.find((r) => r.page === name && r.server === serverKind)?.requestsPerSecond ?? null;
    const ofHome = pages.map((page) => ({ page: page.name, requestsPerSecond: rps(page.name), overHome: rps('home') ? rps(page.name) / rps('home') : null }));
    console.log();
    printTable(
      ['page', 'req/s', '/ home'],
      ofHome.map((r) => [r.page, Math.round(r.requestsPerSecond), r.overHome === null ? null : r.overHome.toFixed(2)]),
      { labels: 1 },
    );

    // Bytes on a first and a second visit, beside the budget.
    console.log(`\nBytes per visit in Chromium at 360 px (a fresh profile per page; KiB on the wire; budget: first ≤ ${budgets.firstKiB}, second ≤ ${budgets.secondKiB})…`);
    const bytes = await measureBytes(byteLocales.flatMap((locale) => bytePages.map(([page, suffix]) => ({ page, locale, url: `${origin}/${locale}${suffix}` }))));
    const table = bytesTable(bytes);
    printTable(table.header, table.body);
    console.log('(Columns doc…other: the first visit by kind. This Chromium has no font for Korean, Burmese or Urdu, so fonts are downloaded.)');

    // The same first visits on a device that has Noto for Burmese and Urdu, as Android does (WOFF:
    // Chromium's FreeType reads it as a system font, not WOFF2), where the
    // page's local() sources find them and no font is downloaded (decision 012).
    const device = deviceFonts(
      ['@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff', '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff'].map(
        (f) => `node_modules/${f}`,
      ),
    );
    let withFonts;
    try {
      withFonts = await measureBytes(
        ['my', 'ur'].flatMap((locale) => bytePages.map(([page, suffix]) => ({ page, locale, url: `${origin}/${locale}${suffix}` }))),
        { env: device.env },
      );
    } finally {
      device.remove();
    }
    console.log('\nThe same, on a device with Noto Sans Myanmar and Noto Nastaliq Urdu installed (as Android ships them):');
    const table2 = bytesTable(withFonts);
    printTable(table2.header, table2.body);

    // The Nu HTML checker on every public page type, in a left-to-right and a right-to-left locale.
    console.log('\nNu HTML checker (vnu-jar, offline)…');
    const html = await checkHtml(origin, ['en', 'ur']);
    printTable(
      ['page', 'locale', 'status', 'errors'],
      html.rows.map((r) => [r.name, r.locale, r.status, r.errors.length]),
    );
    for (const error of html.errors) console.log(`  ${error}`);

    const file = resultsFile('http');
    const machine = { node: process.version, cpus: os.cpus().length, cpuBusyBefore };
    const byteRows = bytes.map(({ first, second, ...row }) => ({ ...row, firstKiB: Number(kib(first.total)), secondKiB: Number(kib(second.total)), first, second }));
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          server: serverKind,
          duration,
          connections,
          machine,
          runs,
          ratios,
          ofHome,
          budgets,
          bytes: byteRows,
          bytesWithDeviceFonts: withFonts.map(({ first, second, ...row }) => ({ ...row, firstKiB: Number(kib(first.total)), secondKiB: Number(kib(second.total)), first, second })),
          html: html.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'file'))),
        },
        null,
        2,
      ),
    );
    console.log(`\nWrote ${file}`);
    console.log(portal.logSummary());
    const over = bytes.filter((r) => !r.withinBudget).map((r) => `${r.page} ${r.locale}`);
    if (over.length) console.log(`Over the byte budget: ${over.join(', ')}`);
    if (html.errors.length) throw new Error(`The Nu HTML checker found ${html.errors.length} error(s)`);
  } finally {
    await proxy?.stop();
    bare?.close();
    portal.stop();
  }
}

runBench(main);
