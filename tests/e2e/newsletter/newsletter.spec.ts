import { execFileSync } from 'node:child_process';
import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { languageNameIn } from '@/lib/i18n/language-name';
import en from '@/messages/en.json';
import idCatalog from '@/messages/id.json';
import kmCatalog from '@/messages/km.json';
import neCatalog from '@/messages/ne.json';
import ruCatalog from '@/messages/ru.json';
import { expectNoAxeViolations } from '../support/axe';

// Every catalog has the same keys (the messages unit test); typed as the English one.
const catalogs = { en, id: idCatalog as unknown as typeof en, km: kmCatalog as unknown as typeof en, ne: neCatalog as unknown as typeof en, ru: ruCatalog as unknown as typeof en };
const unique = () => Math.random().toString(36).slice(2, 8);
const fill = (text: string, values: Record<string, string>) => Object.entries(values).reduce((out, [k, v]) => out.replace(`{${k}}`, v), text);

test.describe.configure({ timeout: 60_000 });

for (const locale of ['ne', 'km'] as const) {
  test(`the archive and an issue read in ${locale}, with no accessibility violations`, async ({ page }) => {
    const m = catalogs[locale].Newsletter;
    await page.goto(`/${locale}/newsletter`);
    await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: new RegExp(fill(m.issueNumber, { number: '42' })) }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/newsletter/42$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // "labour-rights" has no Khmer or Nepali version: listed in English, saying so.
    const missing = page.getByRole('listitem').filter({ hasText: 'Unpaid wages? Know your rights at work' });
    await expect(missing.locator('article')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page);
  });
}

test('an article missing in Khmer says so and shows the English version, with links to the others', async ({ page }) => {
  const m = catalogs.km.Newsletter;
  await page.goto('/km/newsletter/42/labour-rights');
  await expect(page.getByRole('region', { name: fill(m.notInLanguage, { language: languageNameIn('km', 'km'), shownIn: languageNameIn('en', 'km') }) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Unpaid wages? Know your rights at work' })).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  const others = page.getByRole('navigation', { name: m.otherLanguages });
  await expect(others.getByRole('link', { name: '한국어' })).toHaveAttribute('href', '/ko/newsletter/42/labour-rights');
  await expect(others.getByRole('link', { name: 'ខ្មែរ' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('an out-of-date translation says from when it may differ; its picture has alt text and a caption', async ({ page }) => {
  await page.goto('/ru/newsletter/41/korean-classes');
  await expect(page.getByText(/Этот перевод может не включать изменения, внесённые 10 апреля 2026/)).toBeVisible();
  await expect(page.locator('article img')).toHaveAttribute('alt', /Взрослые слушатели/);
  await expect(page.locator('figcaption')).toHaveText('Воскресное занятие в Центре поддержки иностранных жителей');
  await expectNoAxeViolations(page);
  // The Korean source itself has no such notice.
  await page.goto('/ko/newsletter/41/korean-classes');
  await expect(page.getByText(/반영되지 않았을 수 있습니다/)).toHaveCount(0);
});

test('search finds a Korean word inside a longer one and a Khmer word, in their languages', async ({ page }) => {
  await page.goto('/en/newsletter');
  await page.getByRole('searchbox').fill('원곡');
  await page.getByRole('search').getByRole('button').click();
  await expect(page.getByRole('link', { name: '원곡동, 대한민국 유일의 다문화마을특구' })).toBeVisible();
  await page.goto(`/km/newsletter/search?q=${encodeURIComponent('ប្រឹក្សា')}`);
  await expect(page.locator('li[lang="km"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Atom feed of a language lists its articles', async ({ request }) => {
  const response = await request.get('/ne/newsletter/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ne">');
  expect(xml).toContain('/ne/newsletter/43/consultation-center');
  expect(xml).not.toContain('/ne/newsletter/42/labour-rights');
});

test('subscribe in Indonesian without JavaScript, confirm by the button, unsubscribe with one POST', async ({ browser, baseURL, page: checked }) => {
  const m = catalogs.id.Newsletter;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `newsletter-${unique()}@e2e.test`;
  const since = Date.now();
  // axe runs in a page with JavaScript (it is a script); the resident's page has none.
  await checked.goto('/id/newsletter/subscribe');
  await expectNoAxeViolations(checked);
  await page.goto('/id/newsletter/subscribe');
  await page.getByLabel(m.subscribe.email).fill(email);
  await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
  await page.getByRole('button', { name: m.subscribe.submit }).click();
  await expect(page.getByText(fill(m.subscribe.sent, { email }))).toBeVisible();

  const mail = await waitForMail(email, since, (message) => message.subject === m.email.confirm.subject);
  const confirm = linkIn(mail, '/newsletter/confirm/');
  // Opening the link (as a mail scanner does) twice changes nothing: the button is still there.
  await page.goto(confirm.pathname);
  await page.goto(confirm.pathname);
  await expect(page.getByRole('button', { name: m.confirm.button })).toBeVisible();
  await checked.goto(confirm.pathname);
  await expectNoAxeViolations(checked);
  await page.getByRole('button', { name: m.confirm.button }).click();
  await expect(page.getByText(m.confirm.done)).toBeVisible();

  // The issue goes out; its email carries the RFC 8058 headers.
  const sentAt = Date.now();
  // The sender signs the unsubscribe links: with the server's secret (scripts/e2e-server.mjs), or they would not open.
  const serverSecret = 'e2e-only-secret-not-for-production-0123456789';
  execFileSync('node_modules/.bin/tsx', ['tests/support/e2e-newsletter-send.ts', '43', baseURL!], {
    env: { ...process.env, AUTH_SECRET: serverSecret, DATABASE_URL: `file:./data/e2e${process.env.E2E_TAG ?? ''}.db` },
  });
  const issue = await waitForMail(email, sentAt, (message) => message.subject.startsWith('Ansan Harmony Nomor 43'));
  expect(issue.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const oneClick = /<([^>]+)>/.exec(issue.headers['list-unsubscribe'] ?? '')?.[1];
  expect(oneClick).toMatch(/\/id\/newsletter\/unsubscribe\/.+\/one-click$/);

  // A GET of the one-click address changes nothing and leads to the page with the button.
  await page.goto(new URL(oneClick!).pathname);
  await expect(page.getByRole('button', { name: m.unsubscribe.button })).toBeVisible();
  // The mail program's POST, with nothing but the address and the RFC 8058 body.
  const post = await context.request.post(oneClick!, { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
  expect(post.status()).toBe(204);
  await page.goto(new URL(oneClick!).pathname.replace(/\/one-click$/, ''));
  await expect(page.getByText(m.unsubscribe.done)).toBeVisible();
  await context.close();
});
