import { expect, test } from '@playwright/test';
import { OrganisationsPage } from './support/organisations-page';

test.describe('by keyboard alone', () => {
  test('skip link, filters and language switch all work without a mouse', async ({ page }) => {
    await page.goto('/lv/organisations');
    const organisations = new OrganisationsPage(page);
    await expect(organisations.status).toHaveText(/Atrastas \d+ organizācijas/);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Pāriet uz saturu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // From the top of the content, Tab reaches the region filter first, then the type filter.
    await page.keyboard.press('Tab');
    await expect(organisations.region).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(organisations.type).toBeFocused();
    await organisations.type.press('ArrowDown'); // first type after "all"
    await expect(page).toHaveURL(/type=vsac(&|$)/);
    await organisations.expectCount('Atrasta 1 organizācija');

    await page.keyboard.press('Tab');
    await expect(organisations.search).toBeFocused();
    await page.keyboard.type('latg');
    await expect(page).toHaveURL(/q=latg/);

    // The language switch is reachable from the header.
    await page.getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/organisations\?/);
  });
});
