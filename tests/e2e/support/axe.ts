import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and axe's best practices: what every page must pass (the product's standard). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now, one line per rule with the elements it found.
 *
 * Legacy mode runs axe inside the page itself. The default mode opens a second, blank page for
 * every run to combine the results of cross-origin frames; the portal has no frames, and that
 * extra page doubled the cost of each of the suite's several hundred runs (2.7 s against 1.3 s
 * on a page of the booking flow, the same rules with the same results).
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const prefix = label ? `${label} ` : '';
  return results.violations.map((v) => `${prefix}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoAxeViolations(page: Page, label = '') {
  expect(await axeViolations(page, label)).toEqual([]);
}
