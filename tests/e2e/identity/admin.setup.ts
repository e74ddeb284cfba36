import fs from 'node:fs';
import { test as setup, expect } from '@playwright/test';
import { waitForMail, linkIn } from '../support/mail';
import { adminFile, adminSessionFile, enrolTotp, setPasswordFromInvitation, signInWithPassword } from '../support/staff';

/**
 * The first administrator of a new installation (invited by `npm run staff:invite-admin` in
 * scripts/e2e-server.mjs) sets a password from the emailed link and enrols TOTP. The README's first-administrator
 * test reuses this session; other tests sign in administrators of their own.
 */
setup('the first administrator accepts the emailed invitation and enrols two-step sign-in', async ({ browser }) => {
  // Four page loads, a password hash and an enrolment: more than the default 30 s on a busy machine.
  setup.setTimeout(90_000);
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.19.0.1' } });
  const page = await context.newPage();
  const email = 'admin@e2e.test';
  const password = 'quiet lantern over the harbour';
  const invitation = await waitForMail(email, 0, (m) => /invitation/.test(m.text));
  await setPasswordFromInvitation(page, linkIn(invitation, '/admin/invitation?token='), password);
  await signInWithPassword(page, email, password);
  const secret = await enrolTotp(page, password);
  await page.getByRole('link', { name: /Go to the staff area|직원 화면으로 가기/ }).click();
  await expect(page).toHaveURL(/\/admin$/);
  fs.writeFileSync(adminFile, JSON.stringify({ email, password, secret }));
  await context.storageState({ path: adminSessionFile });
  await context.close();
});
