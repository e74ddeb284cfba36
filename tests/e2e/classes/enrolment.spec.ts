import { test, expect } from '../fixtures';
import { waitForMail } from '../support/mail';
import { residentRow, signInResident } from '../support/resident';
import { ownSection } from '../support/classes';
import en from '@/messages/en.json';
import ruCatalog from '@/messages/ru.json';
import urCatalog from '@/messages/ur.json';

const catalogs = { ru: ruCatalog as unknown as typeof en, ur: urCatalog as unknown as typeof en } as const;
const unique = () => Math.random().toString(36).slice(2, 8);

// Sign-in and confirmation both go through real SMTP: two mails per person.
test.describe.configure({ timeout: 90_000 });

for (const locale of ['ru', 'ur'] as const) {
  test(`a resident enrols in their language, gets the email; the next one joins the waitlist (${locale})`, async ({ browser }) => {
    const m = catalogs[locale].Classes;
    const sectionId = ownSection({ capacity: 1 });

    // The first resident takes the only seat.
    const first = await browser.newPage();
    const firstEmail = `class-${locale}-${unique()}@e2e.test`;
    residentRow(firstEmail, locale);
    await signInResident(first, locale, firstEmail);
    await first.goto(`/${locale}/classes/${sectionId}`);
    await first.getByRole('link', { name: m.section.enrol }).click();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(m.check.title);
    const since = Date.now();
    await first.getByRole('button', { name: m.check.confirm }).click();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText(m.done.enrolledTitle);
    const reference = (await first.locator('p.font-mono').textContent())!.trim();
    expect(reference).toMatch(/^KC-/);
    const mail = await waitForMail(firstEmail, since);
    // Right-to-left emails wrap each value in isolation marks (U+2068 … U+2069) so it keeps its direction.
    expect(mail.subject.replace(/[\u2068\u2069]/g, '')).toBe(m.email.enrolled.subject.replace('{level}', m.levels.KIIP_2.name));
    expect(mail.text).toContain(reference);
    // The section page now says so, and going back to confirm again makes no second enrolment.
    await first.goto(`/${locale}/classes/${sectionId}`);
    await expect(first.getByText(m.section.enrolled)).toBeVisible();
    await first.close();

    // The second finds it full and joins the waitlist as number 1.
    const second = await browser.newPage();
    const secondEmail = `class-${locale}-${unique()}@e2e.test`;
    residentRow(secondEmail, locale);
    await signInResident(second, locale, secondEmail);
    await second.goto(`/${locale}/classes/${sectionId}`);
    await second.getByRole('link', { name: m.section.joinWaitlist }).click();
    await second.getByRole('button', { name: m.check.confirmWaitlist }).click();
    await expect(second.getByRole('heading', { level: 1 })).toHaveText(m.done.waitlistedTitle);
    await second.goto(`/${locale}/classes/${sectionId}`);
    await expect(second.getByText(m.section.waiting.replace('{position}', '1'))).toBeVisible();
    await second.getByRole('button', { name: m.section.leaveWaitlist }).click();
    await expect(second.getByText(m.section.notices.left)).toBeVisible();
    await second.close();
  });
}
