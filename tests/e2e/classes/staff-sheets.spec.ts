import { test, expect } from '../fixtures';
import { signedInStaff, testAddress } from '../support/staff';
import { withE2eDb } from '../support/db';
import { ownSection, placeInSection } from '../support/classes';
import { expectNoAxeViolations } from '../support/axe';
import en from '@/messages/en.json';

const t = en.AdminClasses;
const minutesFor = (name: string) => t.attendance.minutesFor.replace('{name}', name);

test.describe.configure({ timeout: 90_000 });

test('staff: attendance by keyboard, a move that offers the freed seat, a roster that prints without the navigation; the sheet without JavaScript; refused without classes:manage', async ({
  browser,
}) => {
  const from = ownSection({ capacity: 2 });
  const to = ownSection({ capacity: 5, sameTermAs: from });
  const ana = placeInSection(from, { status: 'ENROLLED', name: 'Ana Alpha', locale: 'vi', phone: '010-1111-2222' });
  const bo = placeInSection(from, { status: 'ENROLLED', name: 'Bo Beta', locale: 'ur' });
  const cy = placeInSection(from, { status: 'WAITING', name: 'Cy Gamma' });
  const { page, context, id, email } = await signedInStaff(browser, ['class_coordinator']);

  await test.step('attendance by keyboard', async () => {
    // Attendance: the teacher tabs down the sheet, typing over the prefilled full lesson (4 hours).
    await page.goto(`/admin/classes/${from}`);
    await page.getByRole('link', { name: t.attendance.link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.attendance.heading.replace('{code}', `E2E-${from.slice(3, 11)}`));
    await expect(page.getByLabel(minutesFor(ana.name))).toHaveValue('240');
    // The lesson day is in the caption, formatted: a message left with its {date} placeholder once showed here.
    await expect(page.locator('caption')).toHaveText(new RegExp(`^${t.attendance.caption.replace('{date}', '')}[A-Z][a-z]+, .*\\d{4}$`));
    await expectNoAxeViolations(page, 'attendance sheet');
    await page.getByLabel(minutesFor(ana.name)).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(minutesFor(bo.name))).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('90');
    await page.keyboard.press('Enter');
    await expect(page.getByText(t.attendance.saved.replace('{count}', '2'))).toBeVisible();
    await expect(page.getByLabel(minutesFor(ana.name))).toHaveValue('0');
    await expect(page.getByLabel(minutesFor(bo.name))).toHaveValue('90');
    await expect(page.getByRole('row', { name: new RegExp(bo.name) })).toContainText('1.5 h');
  });

  // A second window on the same session, with scripts off.
  const noScript = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false, storageState: await context.storageState(), extraHTTPHeaders: { 'x-forwarded-for': testAddress(email) } });
  const plain = await noScript.newPage();
  await test.step('attendance without JavaScript', async () => {
    // The same sheet without JavaScript (the same session): a typo comes back at its field with
    // everything typed kept and nothing saved; corrected, it saves.
    await plain.goto(`/admin/classes/${from}/attendance`);
    await plain.getByLabel(minutesFor(ana.name)).fill('700');
    await plain.getByLabel(minutesFor(bo.name)).fill('75');
    await plain.getByLabel(minutesFor(bo.name)).press('Enter');
    await expect(plain.getByLabel(minutesFor(ana.name))).toHaveAttribute('aria-invalid', 'true');
    await expect(plain.getByLabel(minutesFor(ana.name))).toHaveValue('700');
    await expect(plain.getByLabel(minutesFor(bo.name))).toHaveValue('75');
    await plain.getByLabel(minutesFor(ana.name)).fill('30');
    await plain.getByLabel(minutesFor(ana.name)).press('Enter');
    await expect(plain.getByText(t.attendance.saved.replace('{count}', '2'))).toBeVisible();
    await expect(plain.getByLabel(minutesFor(ana.name))).toHaveValue('30');
  });

  await test.step('printable roster', async () => {
    // The printable roster: names and attendance; the phone not (no pii:read); no navigation in print.
    await page.goto(`/admin/classes/${from}/print`);
    await expectNoAxeViolations(page, 'printable roster');
    const sheet = page.getByRole('table');
    await expect(sheet.getByRole('row', { name: new RegExp(bo.name) })).toContainText('75');
    await expect(sheet.getByRole('columnheader', { name: t.print.phone })).toHaveCount(0);
    await expect(sheet).not.toContainText('010-1111-2222');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('link', { name: t.attendance.backToRoster })).toBeHidden();
    await expect(sheet).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('move', async () => {
    // A move to the other section of the course: the freed seat is offered to the first waiting.
    await page.goto(`/admin/classes/${from}`);
    await expectNoAxeViolations(page, 'roster with moves');
    const moveBo = page.locator('form', { has: page.getByLabel(t.move.label.replace('{name}', bo.name)) });
    await moveBo.getByLabel(t.move.label.replace('{name}', bo.name)).selectOption(to);
    await moveBo.getByRole('button', { name: t.move.submit }).click();
    await expect(page.getByText(t.move.done)).toBeVisible();
    await expect(page.getByRole('table', { name: t.roster })).not.toContainText(bo.name);
    await expect(page.getByRole('table', { name: t.offers })).toContainText(cy.name);
    await page.goto(`/admin/classes/${to}`);
    await expect(page.getByRole('table', { name: t.roster })).toContainText(bo.name);
  });

  await test.step('refusal', async () => {
    // Without classes:manage (the same person, their role changed) the pages are refused, and so
    // is an action posted from a page opened before the change: nothing moves.
    await plain.goto(`/admin/classes/${from}`);
    const moveAna = plain.locator('form', { has: plain.getByLabel(t.move.label.replace('{name}', ana.name)) });
    withE2eDb((db) => db.prepare('UPDATE StaffUser SET roles = ? WHERE id = ?').run(JSON.stringify(['editor']), id));
    for (const path of ['attendance', 'print']) expect((await page.goto(`/admin/classes/${from}/${path}`))!.status()).toBe(403);
    await moveAna.getByRole('button', { name: t.move.submit }).click();
    // The refusal's answer page (Next's forbidden() in an action posted without scripts) has loaded:
    // no "moved" notice, and the student is where they were.
    await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(plain.getByText(t.move.done)).toHaveCount(0);
    expect(withE2eDb((db) => (db.prepare('SELECT sectionId FROM ClassEnrolment WHERE id = ?').get(ana.id) as { sectionId: string }).sectionId)).toBe(from);
    await noScript.close();
    await context.close();
  });
});
