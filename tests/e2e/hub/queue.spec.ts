import crypto from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { withE2eDb } from '../support/db';
import { signedInStaff } from '../support/staff';
import { expectNoAxeViolations } from '../support/axe';

/** How Prisma's SQLite adapter writes a DateTime: raw inserts must match it to compare as text. */
const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

type Seeded = { id: string; reference: string };

/**
 * Cases as the core leaves them, for one resident named `name` (unique to the test, so the
 * queue's search scopes each test to its own cases in the shared end-to-end database).
 */
function seedCases(name: string, count: number, options: { language: string; assigneeId: string | null; nationality: string; phone?: string }): Seeded[] {
  return withE2eDb((db) => {
    const tag = crypto
      .randomBytes(4)
      .toString('hex')
      .toUpperCase()
      .replace(/[ILOU]/g, '7');
    const residentId = `r_${tag}`;
    const now = Date.now();
    db.prepare('INSERT INTO Resident (id, name, email, phone, preferredLocale, nationality, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      residentId,
      name,
      `${tag.toLowerCase()}@e2e.test`,
      options.phone ?? null,
      options.language,
      options.nationality,
      sqliteTime(new Date(now)),
      sqliteTime(new Date(now)),
    );
    const insert = db.prepare(
      "INSERT INTO \"Case\" (id, reference, kind, status, locale, residentId, assigneeId, createdAt, updatedAt, language, interpreterNeeded, dueAt) VALUES (?, ?, 'CONSULTATION', 'SCHEDULED', ?, ?, ?, ?, ?, ?, 1, ?)",
    );
    const made: Seeded[] = [];
    for (let i = 0; i < count; i++) {
      const at = sqliteTime(new Date(now - (i + 1) * 60_000));
      const reference = `CO-${tag}-${String(i).padStart(4, '0')}`;
      const id = `c_${tag}_${i}`;
      insert.run(id, reference, options.language, residentId, options.assigneeId, at, at, options.language, sqliteTime(new Date(now + 86_400_000)));
      made.push({ id, reference });
    }
    return made;
  });
}

const rowsOf = (page: Page) => page.getByRole('table', { name: /Cases matching the filters/ }).locator('tbody tr');

test.describe.configure({ mode: 'serial' });

test.describe('the case queue', () => {
  let staff: { context: BrowserContext; page: Page; id: string };
  let noScript: BrowserContext;

  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    test.setTimeout(120_000);
    staff = await signedInStaff(browser, ['supervisor']);
    noScript = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false, storageState: await staff.context.storageState(), extraHTTPHeaders: { 'x-forwarded-for': '198.18.250.7' } });
  });

  test.afterAll(async () => {
    await noScript?.close();
    await staff?.context.close();
  });

  test('filters to unassigned Khmer cases from the form; the URL holds the filters; axe finds nothing', async () => {
    test.setTimeout(90_000);
    const name = `Sokha Khmer ${crypto.randomBytes(3).toString('hex')}`;
    const [khmer] = seedCases(name, 1, { language: 'km', assigneeId: null, nationality: 'KH' });
    const [assigned] = seedCases(name, 1, { language: 'km', assigneeId: staff.id, nationality: 'KH' });
    const { page } = staff;
    await page.goto('/admin/cases');
    await expect(page.getByRole('heading', { level: 1, name: 'Case queue' })).toBeVisible();
    await page.getByLabel('Search').fill(name);
    await page.getByLabel("Resident's language").selectOption('km');
    await page.getByLabel('Assigned to').selectOption('unassigned');
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(page).toHaveURL(/lang=km/);
    await expect(page).toHaveURL(/assignee=unassigned/);
    await expect(rowsOf(page)).toHaveCount(1);
    await expect(rowsOf(page).first()).toContainText(khmer!.reference);
    await expect(page.getByRole('table')).not.toContainText(assigned!.reference);
    await expectNoAxeViolations(page, 'queue');

    // Saved as a view, it comes back from the list of views.
    const viewName = `Unassigned Khmer cases ${name.slice(-6)}`;
    await page.getByLabel('Name of the view').fill(viewName);
    await page.getByRole('button', { name: 'Save the view' }).click();
    await expect(page.getByRole('region', { name: 'The view was saved.' })).toBeVisible();
    await page.goto('/admin/cases');
    await page.getByRole('link', { name: viewName }).click();
    await expect(page).toHaveURL(/assignee=unassigned/);
  });

  test('pages by key, finds a phone typed another way, opens a case by keyboard; axe on the case page', async () => {
    test.setTimeout(90_000);
    const name = `Dara Paging ${crypto.randomBytes(3).toString('hex')}`;
    const made = seedCases(name, 55, { language: 'vi', assigneeId: staff.id, nationality: 'VN', phone: `+8210${String(crypto.randomInt(10_000_000, 99_999_999))}` });
    const { page } = staff;
    await page.goto(`/admin/cases?q=${encodeURIComponent(name)}`);
    await expect(rowsOf(page)).toHaveCount(50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(rowsOf(page)).toHaveCount(5);
    await expect(rowsOf(page).last()).toContainText(made[54]!.reference);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(rowsOf(page)).toHaveCount(50);
    await expect(rowsOf(page).first()).toContainText(made[0]!.reference);

    const phone = withE2eDb((db) => (db.prepare('SELECT phone FROM Resident WHERE name = ?').get(name) as { phone: string }).phone);
    const typed = `0${phone.slice(3, 5)}-${phone.slice(5, 9)}-${phone.slice(9)}`;
    await page.goto('/admin/cases');
    await page.getByLabel('Search').fill(typed);
    await page.getByLabel('Search').press('Enter');
    await expect(page).toHaveURL(/q=/);
    await expect(rowsOf(page).first()).toContainText(made[0]!.reference);

    const link = page.getByRole('link', { name: made[0]!.reference });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Case ${made[0]!.reference}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: "The resident's other cases" })).toBeVisible();
    await expect(page.getByRole('link', { name: made[1]!.reference })).toBeVisible();
    await expectNoAxeViolations(page, 'case page');
  });

  test('without JavaScript: filters, pages and the case page work the same', async () => {
    test.setTimeout(90_000);
    const name = `Aziz NoScript ${crypto.randomBytes(3).toString('hex')}`;
    const made = seedCases(name, 52, { language: 'uz', assigneeId: null, nationality: 'UZ' });
    const page = await noScript.newPage();
    await page.goto('/admin/cases');
    await page.getByLabel('Search').fill(name);
    await page.getByLabel('Nationality').selectOption('UZ');
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(page).toHaveURL(/nat=UZ/);
    await expect(rowsOf(page)).toHaveCount(50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(rowsOf(page)).toHaveCount(2);
    await page.getByRole('link', { name: made[51]!.reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Case ${made[51]!.reference}` })).toBeVisible();
    await page.close();
  });
});
