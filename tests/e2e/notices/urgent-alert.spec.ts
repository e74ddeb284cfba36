import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signedInStaff } from '../support/staff';
import { languageNameIn } from '@/lib/i18n/language-name';
import { languageTags } from '@/lib/i18n/locales';
import ur from '@/messages/ur.json';

const unique = Math.random().toString(36).slice(2, 8);
const text = {
  ko: { title: `태풍 경보 ${unique}`, body: '오늘 오후 3시부터 센터가 문을 닫습니다.' },
  en: { title: `Typhoon warning ${unique}`, body: 'The centres close from 3 pm today.' },
  km: { title: `ការព្រមានព្យុះទីហ្វុង ${unique}`, body: 'មជ្ឈមណ្ឌលបិទចាប់ពីម៉ោង ៣ រសៀលថ្ងៃនេះ។' },
};

// The note an Urdu reader gets, built the way the page builds it.
const urduNote = ur.Notices.missing
  .replace('{language}', languageNameIn('ur', 'ur'))
  .replace('{shown}', new Intl.ListFormat(languageTags.ur, { type: 'conjunction' }).format([languageNameIn('ko', 'ur'), languageNameIn('en', 'ur')]));

const alertOn = (page: Page) => page.getByRole('main').getByRole('alert').filter({ hasText: unique });

/**
 * Publishing expires the cached pages of every locale, so the next visit has the alert; the
 * requirement is "within a minute", so a visit that still meets the page of before is repeated
 * (no fixed wait: each try is a fresh request).
 */
async function expectAlert(page: Page, path: string, check: (alert: ReturnType<typeof alertOn>) => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await expect(alertOn(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 75_000 });
  await check(alertOn(page));
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('an urgent notice published in the browser shows on home and centres in ur, km and ko, then leaves when ended', async ({ browser, page, request }) => {
  const editor = await signedInStaff(browser, ['editor']);
  const admin = editor.page;
  await admin.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Notices' }).click();
  await admin.getByRole('link', { name: 'New notice' }).click();
  await admin.getByLabel('Urgent alert').check();
  for (const [locale, name] of [
    ['ko', '한국어'],
    ['en', 'English'],
    ['km', 'ខ្មែរ'],
  ] as const) {
    const group = admin.getByRole('group', { name: new RegExp(`^${name}`) });
    await group.getByLabel('Title').fill(text[locale].title);
    await group.getByLabel('Text').fill(text[locale].body);
  }
  await admin.getByRole('button', { name: 'Save and publish' }).click();
  await expect(admin).toHaveURL(/\/admin\/notices\?saved=/);
  await expect(admin.getByRole('row').filter({ hasText: text.en.title })).toContainText('Showing');

  for (const path of ['/ur', '/ur/centers']) {
    await expectAlert(page, path, async (alert) => {
      // No Urdu text: the note says so, and the Korean and the English stand as written.
      await expect(alert).toContainText(urduNote);
      await expect(alert.locator('[lang="ko"]').first()).toHaveText(text.ko.title);
      await expect(alert.locator('[lang="en"]').filter({ hasText: text.en.body })).toBeVisible();
    });
  }
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  for (const path of ['/km', '/km/centers']) {
    await expectAlert(page, path, async (alert) => {
      await expect(alert.getByRole('heading', { name: text.km.title })).toBeVisible();
      await expect(alert).toContainText(text.km.body);
      await expect(alert).not.toContainText(text.en.title);
    });
  }
  for (const path of ['/ko', '/ko/centers']) {
    await expectAlert(page, path, async (alert) => {
      await expect(alert.getByRole('heading', { name: text.ko.title })).toBeVisible();
      await expect(alert).not.toContainText(text.en.title);
    });
  }

  // In the HTML itself: a reader without JavaScript gets it too.
  expect(await (await request.get('/km/centers')).text()).toContain(text.km.title);
  // And in the Korean feed of notices.
  expect(await (await request.get('/ko/notices/feed.xml')).text()).toContain(text.ko.title);

  // Ended by staff, it leaves every page.
  await admin.getByRole('button', { name: `End now: ${text.en.title}` }).click();
  await expect(admin.getByRole('row').filter({ hasText: text.en.title })).toContainText('Ended');
  for (const path of ['/ko', '/ur/centers']) {
    await expect(async () => {
      await page.goto(path);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(alertOn(page)).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 75_000 });
  }
  await editor.context.close();
});
