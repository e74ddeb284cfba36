import sharp from 'sharp';
import { test, expect } from '../fixtures';
import { signedInStaff } from '../support/staff';
import { withE2eDb } from '../support/db';
import { expectNoAxeViolations } from '../support/axe';
import en from '@/messages/en.json';

const m = en.AdminNewsletter;
const alt = 'Children with school bags walking into a primary school gate';

test('an editor uploads a picture by keyboard, cannot publish without alt text, adds it, and the public page shows it', async ({ browser, request }) => {
  // Issue 40's "children-school" has no picture in the seed; its English version has no alt text.
  const articleId = withE2eDb((db) => {
    const row = db.prepare("SELECT a.id FROM NewsletterArticle a JOIN NewsletterIssue i ON i.id = a.issueId WHERE i.number = 40 AND a.slug = 'children-school'").get() as { id: string };
    db.prepare("UPDATE NewsletterVersion SET imageAlt = NULL, imageCaption = NULL WHERE articleId = ? AND locale = 'en'").run(row.id);
    return row.id;
  });
  const { page, context } = await signedInStaff(browser, ['editor']);
  await page.goto(`/admin/newsletter/articles/${articleId}/en`);
  await expectNoAxeViolations(page, 'editor page');

  // The picker opens from the keyboard (Space on the focused field); the upload button is the next stop.
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CameraMaker' } })
    .toBuffer();
  await page.getByLabel(m.picture.choose).focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'school.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: m.picture.upload })).toBeFocused();
  await page.keyboard.press('Enter');
  // Checking and resizing take a few seconds on a busy 2-core machine.
  await expect(page.getByText(m.picture.saved)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('img', { name: m.picture.previewAlt })).toBeVisible();

  // Publishing the English version without alt text is refused at the field, the text kept.
  await page.getByRole('button', { name: m.form.publish, exact: true }).focus();
  await page.keyboard.press('Enter');
  const altField = page.getByLabel(m.form.imageAlt);
  await expect(altField).toHaveAttribute('aria-invalid', 'true', { timeout: 15_000 });
  await expect(page.locator('#field-imageAlt-error')).toHaveText(en.Forms.errors.altRequired);
  await expect(page.getByLabel(m.form.title)).toHaveValue('Foreign children can go to school too');
  await altField.fill(alt);
  await page.getByRole('button', { name: m.form.publish, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(m.edit.saved)).toBeVisible({ timeout: 15_000 });
  await context.close();

  // The public page: the picture with the English alt text, its renditions and its size.
  const publicPage = await browser.newPage();
  await publicPage.goto('/en/newsletter/40/children-school');
  const img = publicPage.locator('article figure img');
  await expect(img).toHaveAttribute('alt', alt);
  await expect(img).toHaveAttribute('width', '960');
  await expect(img).toHaveAttribute('height', '540');
  await expect(img).toHaveAttribute('srcset', /\/api\/newsletter\/pictures\/[0-9a-f]{32}\.webp 960w, \/api\/newsletter\/pictures\/[0-9a-f]{32}\.webp 480w/);
  await expect(img).toHaveAttribute('sizes', /48rem/);
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  // Anyone may fetch it now (no cookies here), cached for good, never sniffed.
  const response = await request.get((await img.getAttribute('src'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({ 'content-type': 'image/webp', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=31536000, immutable' });
  expect((await response.body()).includes(Buffer.from('CameraMaker'))).toBe(false);
  await publicPage.close();
});
