import { test } from '../fixtures';
import { residentRow, signInResident } from '../support/resident';
import { ownSection } from '../support/classes';
import { expectNoAxeViolations as expectNoViolations } from '../support/axe';

test.describe.configure({ timeout: 90_000 });

for (const locale of ['ko', 'en', 'ur', 'my'] as const) {
  test(`axe finds no WCAG 2.2 AA violations on the class pages: ${locale}`, async ({ page }) => {
    const sectionId = ownSection({ capacity: 5 });
    await page.goto(`/${locale}/classes`);
    await expectNoViolations(page, 'catalogue');
    await page.goto(`/${locale}/classes?level=KIIP_2&day=0`);
    await expectNoViolations(page, 'filtered catalogue');
    await page.goto(`/${locale}/classes/level-check?hangul=some&speak=basic&goal=topik`);
    await expectNoViolations(page, 'level check with a suggestion');
    await page.goto(`/${locale}/classes/${sectionId}`);
    await expectNoViolations(page, 'section, signed out');
    const email = `a11y-${locale}-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
    residentRow(email, locale);
    await signInResident(page, locale, email);
    await page.goto(`/${locale}/classes/${sectionId}/enrol`);
    await expectNoViolations(page, 'check your answers');
    await page.goto(`/${locale}/classes/${sectionId}/enrol?problem=level_conflict`);
    await expectNoViolations(page, 'check your answers with a problem');
  });
}
