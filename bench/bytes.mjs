// Bytes a visitor downloads for a page, as Chromium counts them on the wire (headers included,
// compressed as server.mjs sends them), split by kind, on a first visit (empty cache) and a second
// one (the same page again, cache warm), next to the budget of a visitor on prepaid data.
// Debian's Chromium on this machine has no font for Korean, Burmese or Urdu (fc-list), so the
// first visit includes the page's font slices: the worst case, a phone without the script's font.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

export const budgets = { firstKiB: 200, secondKiB: 20 };
export const kinds = ['document', 'css', 'js', 'fonts', 'prefetches', 'other'];

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The kind a request counts under: Next's router prefetches are fetches marked as such. */
function kindOf(type, headers) {
  const h = Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  if (h['next-router-prefetch'] || h['purpose'] === 'prefetch' || h['sec-purpose']?.includes('prefetch')) return 'prefetches';
  if (type === 'Document') return 'document';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Script') return 'js';
  if (type === 'Font') return 'fonts';
  if ((type === 'Fetch' || type === 'XHR') && h['rsc']) return 'prefetches';
  return 'other';
}

/** Loads url in page, scrolls to the end (links coming into view is what triggers prefetching), and sums the bytes. */
async function visit(page, cdp, url) {
  const requests = new Map();
  const onRequest = (e) => requests.set(e.requestId, { url: e.request.url, kind: kindOf(e.type, e.request.headers), bytes: 0 });
  const onFinished = (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  cdp.off('Network.requestWillBeSent', onRequest);
  cdp.off('Network.loadingFinished', onFinished);
  const byKind = Object.fromEntries(kinds.map((k) => [k, 0]));
  for (const r of requests.values()) byKind[r.kind] += r.bytes;
  return { total: Object.values(byKind).reduce((a, b) => a + b, 0), byKind, requests: [...requests.values()].filter((r) => r.bytes > 0) };
}

/**
 * A fontconfig setup that adds these font files to the system's, as if the device shipped them:
 * how a phone with Noto for the script looks to the page's local() sources. Returns its env.
 */
export function deviceFonts(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fonts-'));
  for (const file of files) fs.symlinkSync(path.resolve(file), path.join(dir, path.basename(file)));
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
  );
  return { env: { ...process.env, FONTCONFIG_FILE: conf }, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * First and second visit of every target ({ page, locale, url }), each target in a fresh browser
 * profile; `env` (from deviceFonts) runs Chromium with more fonts installed.
 */
export async function measureBytes(targets, { env } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args, env });
  const rows = [];
  try {
    for (const target of targets) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const started = Date.now();
      const first = await visit(page, cdp, target.url);
      const second = await visit(page, cdp, target.url);
      console.log(`  ${target.page} ${target.locale}: ${kib(first.total)} KiB, then ${kib(second.total)} KiB (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      await context.close();
      rows.push({ ...target, first, second, withinBudget: first.total <= budgets.firstKiB * 1024 && second.total <= budgets.secondKiB * 1024 });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);

/** The closing table: per page and locale, KiB by kind on the first visit, the totals, and the verdict. */
export function bytesTable(rows) {
  const header = ['page', 'locale', 'doc', 'css', 'js', 'fonts', 'prefetch', 'other', '1st KiB', `≤${budgets.firstKiB}`, '2nd KiB', `≤${budgets.secondKiB}`];
  const body = rows.map((r) => [
    r.page,
    r.locale,
    ...kinds.map((k) => kib(r.first.byKind[k])),
    kib(r.first.total),
    r.first.total <= budgets.firstKiB * 1024 ? 'ok' : 'OVER',
    kib(r.second.total),
    r.second.total <= budgets.secondKiB * 1024 ? 'ok' : 'OVER',
  ]);
  return { header, body };
}
