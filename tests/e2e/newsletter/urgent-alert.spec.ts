import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signedInStaff } from '../support/staff';
import { expectNoAxeViolations } from '../support/axe';
import { languageNameIn } from '@/lib/i18n/language-name';
import { nativeNames } from '@/lib/i18n/locales';
import urCatalog from '@/messages/ur.json';

// The notices' clock is server-wide (docs/decisions/029): this file runs in a project of its own,
// after the other browser tests, and puts the clock back whatever happens.
test.describe.configure({ mode: 'serial' });

const tag = crypto.randomBytes(3).toString('hex');
const texts = {
  ko: { title: `호우 경보 ${tag}: 하천 근처에 가지 마세요`, body: '지하차도와 하천변 산책로가 통제됩니다.' },
  en: { title: `Heavy rain warning ${tag}: keep away from streams`, body: 'Underpasses and riverside paths are closed.' },
  km: { title: `ការព្រមានភ្លៀងធ្លាក់ខ្លាំង ${tag}៖ សូមនៅឱ្យឆ្ងាយពីស្ទឹង`, body: 'ផ្លូវក្រោមដី និងផ្លូវដើរតាមមាត់ស្ទឹងត្រូវបានបិទ។' },
};
const pages = ['/ur', '/ur/centers', '/km', '/km/centers', '/ko', '/ko/centers'];

/** A time as the notice form takes it: Korea time, to the minute. */
function koreaMinute(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function moveClock(page: Page, baseURL: string, at: Date | null) {
  const response = await page.request.post('/api/test-clock', { data: { at: at?.toISOString() ?? null }, headers: { origin: new URL(baseURL).origin } });
  expect(response.status()).toBe(200);
}

/** This test's alert among the urgent alerts at the top of the page (the seeded typhoon one is there too). */
const alert = (page: Page) => page.locator('#urgent-alerts [role="alert"]').filter({ hasText: tag });

test.afterAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  await moveClock(page, baseURL!, null);
  await page.close();
});

test('an urgent alert published at /admin/notices shows on every public page in ur, km and ko at once, and leaves on its end time', async ({ browser, page, baseURL }) => {
  // Twenty page loads and an axe run: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(120_000);
  // Korea time to the minute, two hours ahead: the clock is then moved to it instead of waiting.
  const endsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 2 * 60 * 60_000);
  const editor = await signedInStaff(browser, ['editor']);
  await editor.page.goto('/admin/notices/new');
  await editor.page.getByRole('radio', { name: /Urgent alert/ }).check();
  await editor.page.getByLabel('Ends (Korea time)').fill(koreaMinute(endsAt));
  for (const locale of ['ko', 'en', 'km'] as const) {
    const fieldset = editor.page.locator('fieldset').filter({ has: editor.page.locator('legend', { hasText: nativeNames[locale] }) });
    await fieldset.getByLabel('Title').fill(texts[locale].title);
    await fieldset.getByLabel('Text').fill(texts[locale].body);
  }
  await editor.page.getByRole('button', { name: 'Save and publish' }).click();
  await expect(editor.page.getByText('Notice saved. Public pages show it within a minute.')).toBeVisible();
  await editor.context.close();

  // A reader's page, reused across the six pages (they are only read).
  for (const path of pages) {
    await expect(async () => {
      await page.goto(path);
      await expect(alert(page)).toHaveCount(1, { timeout: 1_000 });
    }, path).toPass({ timeout: 15_000 });
  }

  // Urdu has no text: the note says so, and the Korean and English texts are shown as written.
  await page.goto('/ur');
  const urdu = alert(page);
  const note = urCatalog.Notices.missing
    .replace('{language}', languageNameIn('ur', 'ur'))
    .replace('{shown}', new Intl.ListFormat('ur', { type: 'conjunction' }).format([languageNameIn('ko', 'ur'), languageNameIn('en', 'ur')]));
  await expect(urdu.getByText(note)).toBeVisible();
  await expect(urdu.locator('[lang="ko"]', { hasText: texts.ko.title })).toBeVisible();
  await expect(urdu.locator('[lang="en"]', { hasText: texts.en.body })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, 'ur home with an urgent alert');
  // Khmer has its own text and no note; Korean too.
  await page.goto('/km/centers');
  await expect(alert(page).getByText(texts.km.body)).toBeVisible();
  await expect(alert(page).getByText(note)).toHaveCount(0);
  await page.goto('/ko');
  await expect(alert(page).getByText(texts.ko.body)).toBeVisible();

  // A minute before its end it is still there; on its end time it is gone from all six pages.
  await moveClock(page, baseURL!, new Date(endsAt.getTime() - 60_000));
  for (const path of pages) {
    await page.goto(path);
    await expect(alert(page), path).toHaveCount(1);
  }
  await moveClock(page, baseURL!, endsAt);
  for (const path of pages) {
    await expect(async () => {
      await page.goto(path);
      await expect(alert(page)).toHaveCount(0, { timeout: 1_000 });
    }, path).toPass({ timeout: 15_000 });
  }
});
