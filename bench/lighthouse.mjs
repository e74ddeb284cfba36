// `npm run bench:lighthouse`: Lighthouse scores, JavaScript weight, LCP and TBT of the home, centres,
// consultations, booking, newsletter archive, newsletter article and 404 pages in four locales chosen to cover the scripts that weigh most: Korean (default,
// CJK font), English (Latin), Burmese (complex script) and Urdu (right-to-left, Nastaliq font).
// Mobile, Lighthouse's default form factor and simulated throttling.
//
// Env: BENCH_LOCALES (e.g. "ko,ur") and BENCH_PAGES (e.g. "home,404") narrow the set;
// BENCH_SERVER (portal: server.mjs, the default; next: `next start`, see serve.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { idleCheck, origin, prepareBuild, printTable, resultsFile, serverKind, startServer, runBench } from './serve.mjs';
import { minimalOrigin, prepareMinimal, startMinimal } from './minimal.mjs';

const require = createRequire(import.meta.url);
// Spawning the CLI rather than the programmatic API: each run gets a fresh Chromium and a fresh
// Node process, and a crash in one run cannot take the benchmark (and its server) down.
const lighthouseCli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Headless and quiet: no sandbox (containers), no GPU, no background traffic that would show up
// in the network log or steal CPU from the page under test.
const chromeFlags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const allLocales = ['ko', 'en', 'my', 'ur'];
const allPages = [
  { name: 'home', path: '' },
  { name: 'centers', path: '/centers' },
  { name: 'consultations', path: '/consultations' },
  // noindex by design (a booking step), so SEO's is-crawlable audit fails there.
  { name: 'booking times', path: '/consultations/book?topic=daily-life&language=ko&channel=VISIT' },
  { name: '404', path: '/no-such-page' },
  // The newsletter's public pages beside home and centres (issue 11, "Must show" 6).
  { name: 'newsletter', path: '/newsletter' },
  { name: 'newsletter article', path: '/newsletter/43/consultation-center' },
];
const pick = (value, all, key) => {
  if (!value) return all;
  const wanted = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((w) => !all.some((item) => key(item) === w));
  if (unknown.length) throw new Error(`Unknown ${unknown.join(', ')}; choose from ${all.map(key).join(', ')}`);
  return all.filter((item) => wanted.includes(key(item)));
};
const locales = pick(process.env.BENCH_LOCALES, allLocales, (l) => l);
const pages = pick(process.env.BENCH_PAGES, allPages, (p) => p.name);

/** Runs the Lighthouse CLI on one URL and resolves with its parsed JSON report. */
function lighthouse(url, { expectError }) {
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lh-')), 'report.json');
  const args = [lighthouseCli, url, '--output=json', `--output-path=${outFile}`, `--chrome-flags=${chromeFlags}`, '--quiet'];
  // Without this, Lighthouse refuses a page whose document answers 4xx (ERRORED_DOCUMENT_REQUEST)
  // and scores nothing; the 404 page is meant to answer 404, so only a warning is wanted.
  if (expectError) args.push('--ignore-status-code');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CHROME_PATH: chromePath } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        if (code !== 0 || !fs.existsSync(outFile)) throw new Error(`lighthouse exited with ${code}: ${stderr.trim().slice(-2000)}`);
        resolve(JSON.parse(fs.readFileSync(outFile, 'utf8')));
      } catch (error) {
        reject(error);
      } finally {
        fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
      }
    });
  });
}

/** The numbers the table shows, out of one report (scores 0–100; null when Lighthouse had none). */
function summarise(report) {
  const score = (id) => (report.categories[id]?.score == null ? null : Math.round(report.categories[id].score * 100));
  const audit = (id) => report.audits[id];
  const scriptRow = audit('resource-summary')?.details?.items?.find((item) => item.resourceType === 'script');
  // Fall back to the network log when resource-summary is missing.
  const scriptBytes =
    scriptRow?.transferSize ??
    audit('network-requests')
      ?.details?.items?.filter((r) => r.resourceType === 'Script')
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0) ??
    null;
  const ms = (id) => (audit(id)?.numericValue == null ? null : Math.round(audit(id).numericValue));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    scriptTransferBytes: scriptBytes,
    scriptRequests: scriptRow?.requestCount ?? null,
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    fcpMs: ms('first-contentful-paint'),
    cls: audit('cumulative-layout-shift')?.numericValue ?? null,
    // Why a score is below 100: the audits each category counts that did not pass.
    failing: Object.fromEntries(
      ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [
        id,
        (report.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audit(ref.id)?.score !== null && audit(ref.id)?.score < 1).map((ref) => ref.id),
      ]),
    ),
    runtimeError: report.runtimeError?.code ?? null,
    runWarnings: report.runWarnings ?? [],
    lighthouseVersion: report.lighthouseVersion,
    userAgent: report.environment?.hostUserAgent,
  };
}

async function main() {
  prepareBuild();
  prepareMinimal();
  const portal = await startServer();
  const results = [];
  let cpuBusyBefore;
  let minimal;
  try {
    minimal = await startMinimal();
    // Render every page once before measuring, so no run pays for a cold cache or lazy compile.
    for (const locale of locales) for (const page of pages) await (await fetch(`${origin}/${locale}${page.path}`)).arrayBuffer();
    cpuBusyBefore = await idleCheck();

    // One run at a time: Lighthouse's simulated throttling still reads the real trace, and two
    // Chromiums on two cores would slow each other down. The minimal Next page first, per locale.
    const runs = [
      ...locales.map((locale) => ({ page: { name: 'minimal', path: '' }, locale, base: minimalOrigin })),
      ...pages.flatMap((page) => locales.map((locale) => ({ page, locale, base: origin }))),
    ];
    for (const { page, locale, base } of runs) {
      {
        const url = `${base}/${locale}${page.path}`;
        const started = Date.now();
        process.stdout.write(`Lighthouse ${url} … `);
        try {
          const summary = summarise(await lighthouse(url, { expectError: page.name === '404' }));
          results.push({ page: page.name, locale, url, ...summary, seconds: (Date.now() - started) / 1000 });
          console.log(`${((Date.now() - started) / 1000).toFixed(1)} s${summary.runtimeError ? ` (${summary.runtimeError})` : ''}`);
        } catch (error) {
          results.push({ page: page.name, locale, url, error: String(error.message ?? error) });
          console.log(`failed: ${error.message ?? error}`);
        }
      }
    }
  } finally {
    minimal?.stop();
    portal.stop();
  }
  const serverLog = portal.logSummary();

  const kb = (bytes) => (bytes == null ? null : (bytes / 1024).toFixed(1));
  console.log();
  // Beside the minimal Next page of the same locale, measured minutes before on the same machine.
  const minimalPerf = (locale) => results.find((r) => r.page === 'minimal' && r.locale === locale)?.performance ?? null;
  printTable(
    ['page', 'locale', 'perf', 'Δ minimal', 'a11y', 'best pr.', 'SEO', 'CLS', 'FCP ms', 'LCP ms', 'TBT ms', 'JS KiB'],
    results.map((r) => [
      r.page,
      r.locale,
      r.performance,
      r.page === 'minimal' || r.performance == null || minimalPerf(r.locale) == null ? null : r.performance - minimalPerf(r.locale),
      r.accessibility,
      r.bestPractices,
      r.seo,
      r.cls == null ? null : r.cls.toFixed(3),
      r.fcpMs,
      r.lcpMs,
      r.tbtMs,
      kb(r.scriptTransferBytes),
    ]),
  );
  console.log(
    `(Server: ${serverKind === 'portal' ? 'server.mjs' : 'next start'}; minimal: next start of bench/minimal. Mobile, simulated throttling. JS KiB: script bytes transferred. 404 pages run with --ignore-status-code.)`,
  );

  const file = resultsFile('lighthouse');
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), server: serverKind, node: process.version, cpus: os.cpus().length, cpuBusyBefore, results }, null, 2));
  console.log(`\nWrote ${file}`);
  console.log(serverLog);
  const failed = results.filter((r) => r.error);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} Lighthouse runs failed`);
}

runBench(main);
