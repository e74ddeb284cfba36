import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { withE2eDb } from '../support/db';
import { signedInStaff } from '../support/staff';
import { waitForMail } from '../support/mail';
import { signInResident } from '../support/resident';

/** How Prisma's SQLite adapter writes a DateTime: raw inserts must match it to compare as text. */
const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const khmer = { title: 'សូមផ្ញើឯកសារមកយើង', body: 'សូមយកប័ណ្ណចុះបញ្ជីជនបរទេសរបស់អ្នកមកមជ្ឈមណ្ឌល។' };
const korean = { title: '서류를 보내 주세요', body: '외국인등록증을 센터로 가져와 주세요.' };

/** An unassigned Khmer case of a resident of its own, and a template with Korean and Khmer versions, unique to the run. */
function seedKhmerCase() {
  return withE2eDb((db) => {
    const tag = crypto
      .randomBytes(4)
      .toString('hex')
      .toUpperCase()
      .replace(/[ILOU]/g, '7');
    const now = new Date();
    const email = `${tag.toLowerCase()}.km@e2e.test`;
    const name = `Sokha Message ${tag}`;
    db.prepare('INSERT INTO Resident (id, name, email, preferredLocale, nationality, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      `r_${tag}`,
      name,
      email,
      'km',
      'KH',
      sqliteTime(now),
      sqliteTime(now),
    );
    const reference = `CO-${tag}-MSG1`;
    db.prepare(
      "INSERT INTO \"Case\" (id, reference, kind, status, locale, residentId, assigneeId, createdAt, updatedAt, language, interpreterNeeded) VALUES (?, ?, 'CONSULTATION', 'SCHEDULED', 'km', ?, NULL, ?, ?, 'km', 1)",
    ).run(`c_${tag}`, reference, `r_${tag}`, sqliteTime(now), sqliteTime(now));
    const key = `e2e-documents-${tag.toLowerCase()}`;
    db.prepare('INSERT INTO MessageTemplate (id, key, sourceLocale, sourceRevision, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?)').run(`t_${tag}`, key, 'ko', sqliteTime(now), sqliteTime(now));
    const version = db.prepare('INSERT INTO MessageTemplateVersion (id, templateId, locale, revision, sourceRevision, title, body, createdAt) VALUES (?, ?, ?, 1, 1, ?, ?, ?)');
    version.run(`v_${tag}_ko`, `t_${tag}`, 'ko', `${korean.title} ${tag}`, korean.body, sqliteTime(now));
    version.run(`v_${tag}_km`, `t_${tag}`, 'km', `${khmer.title} ${tag}`, khmer.body, sqliteTime(now));
    return { tag, email, name, reference, key, templateId: `t_${tag}` };
  });
}

test.describe.configure({ mode: 'serial' });

test.describe('templated messages from the case hub', () => {
  test('a caseworker takes an unassigned Khmer case, notes it, sends a template in Khmer beside the Korean; the resident reads it in Khmer', async ({ browser }: { browser: Browser }) => {
    test.setTimeout(240_000);
    const seeded = seedKhmerCase();
    const staff = await signedInStaff(browser, ['caseworker']);
    const { page } = staff;

    await page.goto('/admin/cases');
    await page.getByLabel('Search').fill(seeded.name);
    await page.getByLabel("Resident's language").selectOption('km');
    await page.getByLabel('Assigned to').selectOption('unassigned');
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(page).toHaveURL(/lang=km/);
    await expect(page).toHaveURL(/assignee=unassigned/);
    await page.getByRole('link', { name: seeded.reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Case ${seeded.reference}` })).toBeVisible();

    await page.getByRole('button', { name: 'Take this case' }).click();
    await expect(page.getByRole('region', { name: 'The case is now yours.' })).toBeVisible();

    await page.getByLabel('Internal note').fill('Called the resident; documents still missing.');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await expect(page.getByRole('region', { name: 'The note was added.' })).toBeVisible();
    await expect(page.getByText('Called the resident; documents still missing.')).toBeVisible();

    // The staff member's own language is Korean (their account's), the resident's Khmer.
    await page.getByLabel('Template', { exact: true }).selectOption(seeded.templateId);
    await page.getByRole('button', { name: 'Show the texts' }).click();
    await expect(page).toHaveURL(new RegExp(`template=${seeded.templateId}`));
    await expect(page.getByText('In your language (Korean)')).toBeVisible();
    await expect(page.getByText(korean.body)).toBeVisible();
    await expect(page.getByText('What the resident receives (Khmer)')).toBeVisible();
    await expect(page.getByText(khmer.body)).toBeVisible();
    await expect(page.getByLabel('Send in')).toHaveValue('km');
    await expectNoAxeViolations(page, 'case page with a template');

    const since = Date.now();
    await page.getByRole('button', { name: 'Send the message' }).click();
    await expect(page.getByRole('region', { name: /The message was queued/ })).toBeVisible();
    const mail = await waitForMail(seeded.email, since);
    expect(mail.subject).toBe(`${khmer.title} ${seeded.tag}`);
    expect(mail.text).toContain(khmer.body);
    expect(mail.text).not.toContain(korean.body);
    await expect(page.getByText(`Template ${seeded.key}, version 1, in Khmer`)).toBeVisible();
    // The outbox has delivered it by now (the sink received it): the timeline says so.
    await page.reload();
    await expect(page.getByText(`Template ${seeded.key}, version 1, in Khmer · Sent`)).toBeVisible();
    await staff.context.close();

    const resident = await browser.newContext({ locale: 'km-KH', extraHTTPHeaders: { 'x-forwarded-for': '198.18.251.9' } });
    const residentPage = await resident.newPage();
    await signInResident(residentPage, 'km', seeded.email);
    await expect(residentPage.getByRole('heading', { name: 'សារពីបុគ្គលិក' })).toBeVisible();
    await expect(residentPage.getByText(khmer.body)).toBeVisible();
    await expect(residentPage.getByText(korean.body)).toHaveCount(0);
    await resident.close();
  });

  test('a template lacking the resident language is flagged and nothing is preselected; axe on the template pages and the export form', async ({ browser }: { browser: Browser }) => {
    test.setTimeout(180_000);
    const seeded = seedKhmerCase();
    // Only Korean: no Khmer version.
    withE2eDb((db) => db.prepare("DELETE FROM MessageTemplateVersion WHERE templateId = ? AND locale = 'km'").run(seeded.templateId));
    const staff = await signedInStaff(browser, ['supervisor']);
    const { page } = staff;
    await page.goto(`/admin/cases/c_${seeded.tag}?template=${seeded.templateId}`);
    await expect(page.getByRole('region', { name: 'This template has no Khmer version.' })).toBeVisible();
    await expect(page.getByLabel('Send in')).toHaveValue('');
    await page.getByRole('button', { name: 'Send the message' }).click();
    await expect(page.getByText('Choose the language to send the message in.').first()).toBeVisible();

    await page.goto('/admin/templates');
    await expect(page.getByRole('heading', { level: 1, name: 'Message templates' })).toBeVisible();
    await expectNoAxeViolations(page, 'templates');
    await page.goto(`/admin/templates/${seeded.templateId}?lang=km`);
    await expect(page.getByRole('heading', { name: 'The Khmer version' })).toBeVisible();
    await expectNoAxeViolations(page, 'template');
    await page.getByLabel("Title (the email's subject)").fill(`${khmer.title} ${seeded.tag}`);
    await page.getByLabel('Text', { exact: true }).fill(khmer.body);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(page.getByRole('region', { name: 'The new version was saved.' })).toBeVisible();

    await page.goto('/admin/cases?lang=km&assignee=unassigned');
    await page.getByRole('link', { name: 'Export these cases as a CSV file' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Export cases as a CSV file' })).toBeVisible();
    await expectNoAxeViolations(page, 'export form');
    await page.getByRole('button', { name: 'Download the CSV file' }).click();
    await expect(page.getByText('Give a reason of at least 10 characters.').first()).toBeVisible();
    await expect(page).toHaveURL(/lang=km/);
    await page.getByLabel('Reason for the export').fill('Monthly check of the Khmer interpreter workload');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the CSV file' }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += chunk.toString();
    expect(text).toContain(seeded.reference);
    expect(text).not.toContain(seeded.email);
    await staff.context.close();
  });
});
