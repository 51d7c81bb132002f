import { expect, test } from './support/auth';
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

test.describe('signing in by keyboard alone', () => {
  test.use({ account: null });

  test('from the skip link through the form to the first page, and out again', async ({ page }) => {
    await page.goto('/lv/organisations');
    await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=%2Forganisations$/);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Pāriet uz saturu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByLabel('E-pasta adrese')).toBeFocused();
    await page.keyboard.type('koordinators@demo.invalid');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByLabel('Parole', { exact: true })).toBeFocused();
    await page.keyboard.type('demo-koord-2026');

    // The "show password" toggle is next, and works from the keyboard.
    await page.keyboard.press('Tab');
    const toggle = page.getByRole('button', { name: 'Rādīt paroli' });
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('main').getByLabel('Parole', { exact: true })).toHaveAttribute('type', 'text');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('button', { name: 'Pieslēgties' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/lv\/organisations$/);
    // Focus moves to the new page's heading, as a page load would start there.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    // Sign out, by keyboard too.
    await page.getByRole('button', { name: 'Iziet' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lv\/sign-in$/);
  });

  test('a form sent empty puts focus on the first field to fix', async ({ page }) => {
    await page.goto('/lv/sign-in');
    await page.getByRole('main').getByRole('button', { name: 'Pieslēgties' }).focus();
    await page.keyboard.press('Enter');
    const email = page.getByRole('main').getByLabel('E-pasta adrese');
    await expect(email).toBeFocused();
    await expect(email).toHaveAccessibleDescription('Aizpildiet šo lauku.');
  });
});
