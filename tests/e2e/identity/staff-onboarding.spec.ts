import { test, expect } from '../fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { completeSecondFactor, enrolTotp, setPasswordFromInvitation, signedInStaff, signInWithPassword, totpCode } from '../support/staff';

test.use({ extraHTTPHeaders: { 'x-forwarded-for': '198.19.1.1' } });

test('an administrator invites a counsellor, who sets a password, enrols TOTP and signs in with a code', async ({ browser }) => {
  // One journey of three people: four password checks (argon2), an enrolment, two codes and an
  // email over SMTP. About 20 s alone; up to three times that with other tests beside it on 2 cores.
  test.setTimeout(90_000);
  const { context: adminContext, page: adminPage, email: adminEmail } = await signedInStaff(browser, ['administrator']);

  // Staff choose the admin section's language: Korean, then English.
  await adminPage.getByLabel(/^(Language|언어)$/).selectOption('ko');
  await adminPage.getByRole('button', { name: /^(Change|변경)$/ }).click();
  await expect(adminPage.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(adminPage.getByRole('navigation', { name: '직원 메뉴' }).getByRole('link', { name: '직원', exact: true })).toBeVisible();
  await adminPage.getByLabel('언어').selectOption('en');
  await adminPage.getByRole('button', { name: '변경' }).click();
  await expect(adminPage.locator('html')).toHaveAttribute('lang', 'en');

  const counsellor = { email: 'hoa.nguyen@e2e.test', name: 'Nguyễn Thị Hoa', password: 'bright river under nine bridges' };
  const since = Date.now();
  await adminPage.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Staff', exact: true }).click();
  await adminPage.getByLabel('Name').fill(counsellor.name);
  await adminPage.getByLabel('Email address').fill(counsellor.email);
  await adminPage.getByRole('group', { name: 'Roles' }).getByLabel('Counsellor').check();
  await adminPage.getByRole('group', { name: 'Languages spoken' }).getByLabel('Tiếng Việt').check();
  await adminPage.getByRole('group', { name: 'Languages spoken' }).getByLabel('한국어').check();
  await adminPage.getByRole('group', { name: 'Language of the staff area' }).getByLabel('English').check();
  await adminPage.getByRole('button', { name: 'Send invitation' }).click();
  await expect(adminPage.getByText(`Invitation sent to ${counsellor.email}.`)).toBeVisible();
  await expect(adminPage.getByRole('row', { name: new RegExp(counsellor.name) })).toContainText('Invited');

  // The invitation arrives by SMTP, in the counsellor's chosen language.
  const invitation = await waitForMail(counsellor.email, since);
  expect(invitation.headers['content-language']).toBe('en');
  const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.19.1.3' } })).newPage();
  const link = linkIn(invitation, '/admin/invitation?token=');

  // A breached password is refused at the field, in the page's language.
  await page.goto(link.pathname + link.search);
  await page.getByLabel(/New password|새 비밀번호/).fill('password123');
  await page.getByRole('button', { name: /Set password|비밀번호 설정/ }).click();
  await expect(page.locator('#field-password-error')).toBeVisible();

  await setPasswordFromInvitation(page, link, counsellor.password);
  await signInWithPassword(page, counsellor.email, counsellor.password);
  const secret = await enrolTotp(page, counsellor.password);
  await page.getByRole('link', { name: /Go to the staff area|직원 화면으로 가기/ }).click();
  await page.getByRole('button', { name: /Sign out|로그아웃/ }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  // Next time: password, then a code from the app. A wrong code is refused at the field.
  await signInWithPassword(page, counsellor.email, counsellor.password);
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify/);
  const right = await totpCode(secret);
  await page.locator('#field-code').fill(right === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: /^Sign in$|^로그인$/ }).click();
  await expect(page.locator('#field-code-error')).toBeVisible();
  await completeSecondFactor(page, secret);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(counsellor.name);

  // A counsellor has no business in staff management or the audit log.
  expect((await page.goto('/admin/staff'))?.status()).toBe(403);
  expect((await page.goto('/admin/audit'))?.status()).toBe(403);

  // The administrator sees the permission change in the audit log.
  await adminPage.goto('/admin/audit?action=permission_change');
  await expect(adminPage.getByRole('table')).toContainText('counsellor');

  // Disabling the account ends the counsellor's session at once.
  await adminPage.goto('/admin/staff');
  await adminPage.getByRole('link', { name: counsellor.name }).click();
  await adminPage.getByRole('button', { name: 'Disable account' }).click();
  await expect(adminPage.getByRole('row', { name: new RegExp(counsellor.name) })).toContainText('Disabled');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await adminPage.goto('/admin/audit?action=staff_disabled');
  await expect(adminPage.getByRole('table')).toContainText(adminEmail);
  await adminContext.close();
});
