import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures';

/**
 * The first thing a resident does is pick their language, often on a small phone: the open menu
 * and every language name in it stay inside the screen at 320 and 360 px, left to right and right
 * to left, at the normal text size and at 200%.
 */
const sizes = [320, 360].flatMap((width) => [100, 200].map((textSize) => ({ width, textSize })));

// One page per language for its four screen and text sizes: the checks only read the page.
for (const locale of ['ko', 'my', 'km', 'ur']) {
  test(`the open language menu fits 320 and 360 px screens in ${locale} at 100% and 200% text`, async ({ page }) => {
    for (const { width, textSize } of sizes) {
      await test.step(`${width} px, ${textSize}% text`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/${locale}`);
        if (textSize !== 100) await page.evaluate((size) => (document.documentElement.style.fontSize = `${size}%`), textSize);
        const menu = page.locator('header details nav');
        // Opened again if it closed: on a loaded machine the click can land while the page is still
        // being hydrated, and a disclosure opened in that moment may be rendered closed once more.
        await expect(async () => {
          if (!(await page.locator('header details').evaluate((details: HTMLDetailsElement) => details.open))) await page.locator('header details > summary').click();
          await expect(menu).toBeVisible({ timeout: 2_000 });
        }).toPass();
        const box = (await menu.boundingBox())!;
        expect(box.x, 'left edge').toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(width);
        // Each name whole: its link inside the screen and its text not wider than the link.
        const links = menu.locator('a');
        await expect(links).toHaveCount(17);
        for (const link of await links.all()) {
          const linkBox = (await link.boundingBox())!;
          expect(linkBox.x).toBeGreaterThanOrEqual(0);
          expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(width);
          expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth)).toBe(true);
        }
        // At the normal size nothing on the page scrolls sideways. (At 200% text other content of the
        // home page is wider than a phone; that is not the menu, whose boxes are checked above.)
        if (textSize === 100) expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(width);
        // For a person to look at (the boxes above are the check): os.tmpdir()/language-menu/.
        await page.screenshot({ path: path.join(os.tmpdir(), 'language-menu', `${locale}-${width}-${textSize}.png`), fullPage: textSize !== 100 });
      });
    }
  });
}
