import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { signedInStaff } from '../support/staff';
import { withE2eDb } from '../support/db';
import { xssPayloads } from '../../support/xss-payloads';

/**
 * Before any page script: every dialog a payload could open is counted by the listener below, and
 * every policy violation the browser reports (a script the CSP refused) by this counter.
 */
const countViolations = () => {
  const seen: { directive: string; blocked: string }[] = [];
  (window as unknown as { __violations: typeof seen }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
};

/** Focus, hover and toggle everything the article shows, so a handler that survived would run. */
async function provoke(page: Page, container: string) {
  await page.locator(container).evaluate((root) => {
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      element.focus?.();
      for (const type of ['mouseover', 'mouseenter', 'click', 'toggle', 'load', 'error']) element.dispatchEvent(new Event(type));
    }
  });
}

const scriptViolations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: { directive: string }[] }).__violations.filter((v) => v.directive.startsWith('script-src')));

test('fifty XSS payloads published through the editor run on neither the editor’s page nor the public article', async ({ browser, page }) => {
  const tag = crypto.randomBytes(3).toString('hex');
  const { id } = withE2eDb((db) => db.prepare("SELECT id FROM NewsletterArticle WHERE slug = 'wongok-special-zone'").get() as { id: string });
  const editor = await signedInStaff(browser, ['editor']);
  const dialogs: string[] = [];
  for (const p of [editor.page, page]) {
    p.on('dialog', (dialog) => {
      dialogs.push(`${p === page ? 'public' : 'admin'}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }
  await editor.context.addInitScript(countViolations);
  await page.context().addInitScript(countViolations);

  await editor.page.goto(`/admin/newsletter/articles/${id}/zh`);
  await editor.page.getByLabel('Title', { exact: true }).fill(`原谷 ${tag} "><img src=x onerror=alert(1)>`);
  await editor.page.getByLabel('Summary').fill(`<script>alert(1)</script> ${tag}`);
  await editor.page.getByLabel('Text (Markdown)').fill([`开头 ${tag}`, ...xssPayloads, `结尾 ${tag}`].join('\n\n'));
  await editor.page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.page.getByText('Saved.')).toBeVisible();
  // The editor's own view of the version, as it will read.
  await editor.page.reload();
  await expect(editor.page.getByText(`结尾 ${tag}`).first()).toBeVisible();
  await provoke(editor.page, 'main');

  await expect(async () => {
    await page.goto('/zh/newsletter/43/wongok-special-zone');
    await expect(page.getByText(`结尾 ${tag}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`"><img src=x onerror=alert(1)>`);
  await provoke(page, 'main');

  expect(dialogs).toEqual([]);
  expect(await scriptViolations(editor.page)).toEqual([]);
  expect(await scriptViolations(page)).toEqual([]);
  // Nothing was added to the page that could run: no script element outside the framework's own.
  expect(await page.locator('main script, main iframe, main object, main embed, main [onerror], main [onload], main [onclick]').count()).toBe(0);
  await editor.context.close();
});
