import { test as base, expect } from '@playwright/test';

/**
 * Every page test fails when the browser logs an error or a script throws: a console error is a
 * bug a resident would meet, whether or not the test looked for it.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A 404 page's own status is logged by Chromium as a failed resource; that is the page working.
        if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
