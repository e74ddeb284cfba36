import crypto from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { codeIn, waitForMail } from './mail';
import { withE2eDb } from './db';

/** A resident as the booking services will create them: a name, an email, a preferred language. */
export function residentRow(email: string, locale: string, phone: string | null = null) {
  return withE2eDb((db) => {
    const id = `r_${crypto.randomBytes(6).toString('hex')}`;
    const now = new Date().toISOString();
    db.prepare('INSERT INTO Resident (id, name, email, phone, preferredLocale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, 'Resident', email, phone, locale, now, now);
    return id;
  });
}

/** Signs a resident in with the code emailed to them, as they would. */
export async function signInResident(page: Page, locale: string, email: string) {
  const since = Date.now();
  await page.goto(`/${locale}/account/sign-in`);
  await page.locator('#field-email').fill(email);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#field-code')).toBeVisible();
  await page.locator('#field-code').fill(codeIn(await waitForMail(email, since)));
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
}

/** The last text message queued to a number (SMS is delivered by a logging transport here). */
export function lastTextTo(phone: string): string | undefined {
  return withE2eDb((db) => (db.prepare('SELECT text FROM OutboxMessage WHERE channel = \'SMS\' AND "to" = ? ORDER BY createdAt DESC LIMIT 1').get(phone) as { text: string } | undefined)?.text);
}
