import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const PAGES = [
  { name: 'organisations', path: 'organisations' },
  { name: 'organisations filtered to branches', path: 'organisations?type=vsac_branch&q=ka' },
  { name: 'organisations with nothing found', path: 'organisations?q=nav-tadas-iestades' },
  { name: 'not found', path: 'no-such-page' },
];

for (const locale of ['lv', 'en']) {
  test.describe(`accessibility (${locale})`, () => {
    for (const { name, path } of PAGES) {
      test(`${name} passes axe (WCAG 2.1 AA)`, async ({ page }) => {
        await page.goto(`/${locale}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expectNoAxeViolations(page);
      });
    }

    test('organisations passes axe on a 320 px wide screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`/${locale}/organisations?region=LPR`);
      await expect(page.locator('section[data-region="LPR"]')).toBeVisible();
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
