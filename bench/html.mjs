// The Nu HTML checker (vnu-jar, run offline on Java 17) on every public page type as served:
// each page's HTML is fetched from the running portal, written to a temporary folder and checked
// in one run of the checker. Errors only: warnings (e.g. about a `type` on a script) are advice.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const vnuJar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

const book = '/consultations/book';
/** One of each public page type; the booking steps in order, the details step reached with a real free time. */
export function publicPages(locale) {
  return [
    ['home', `/${locale}`],
    ['centres', `/${locale}/centers`],
    ['consultations', `/${locale}/consultations`],
    ['topic step (static)', `/${locale}${book}/topic`],
    ['topic step, nothing chosen', `/${locale}${book}?step=topic`],
    ['language step', `/${locale}${book}?topic=daily-life`],
    ['channel step', `/${locale}${book}?topic=daily-life&language=ko`],
    ['time step', `/${locale}${book}?topic=daily-life&language=ko&channel=VISIT`],
    [
      'details step',
      async (origin) => {
        const html = await (await fetch(`${origin}/${locale}${book}?topic=daily-life&language=ko&channel=VISIT`)).text();
        const slot = html.match(/name="slot" value="([^"]+)"/)?.[1];
        if (!slot) throw new Error('the time step offered no free time to continue with');
        return `/${locale}${book}?topic=daily-life&language=ko&channel=VISIT&slot=${slot}`;
      },
    ],
    ['find a booking', `/${locale}/consultations/manage`],
    ['manage link, invalid', `/${locale}/consultations/manage/not-a-token`],
    ['account sign-in', `/${locale}/account/sign-in`],
    ['404', `/${locale}/no-such-page`],
  ];
}

/** Checks the pages of these locales; resolves with { rows, errors } (errors: the checker's messages). */
export async function checkHtml(origin, locales) {
  if (!fs.existsSync(vnuJar)) throw new Error(`vnu.jar not found at ${vnuJar}: npm install`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-vnu-'));
  const files = [];
  try {
    for (const locale of locales) {
      for (const [name, where] of publicPages(locale)) {
        const pathname = typeof where === 'function' ? await where(origin) : where;
        const response = await fetch(origin + pathname);
        const file = path.join(dir, `${files.length}.html`);
        fs.writeFileSync(file, await response.text());
        files.push({ name, locale, pathname, status: response.status, file });
      }
    }
    let out;
    try {
      out = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files.map((f) => f.file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // The checker exits 1 when it found errors and prints its JSON report on stderr.
      out = error.stderr || error.stdout;
      if (!out?.trim().startsWith('{')) throw error;
    }
    const messages = JSON.parse(out || '{"messages":[]}').messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const rows = files.map((f) => {
      const own = messages.filter((m) => m.url?.endsWith(`/${path.basename(f.file)}`));
      return { ...f, errors: own.map((m) => `${m.message} (line ${m.lastLine})`) };
    });
    return { rows, errors: rows.flatMap((r) => r.errors.map((e) => `${r.locale} ${r.name}: ${e}`)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
