import { expect, test } from './support/auth';
import { OrganisationsPage } from './support/organisations-page';

test.describe('by keyboard alone', () => {
  test('opening a person from the users list puts focus on their name', async ({ page }) => {
    await page.goto('/lv/users?q=dalibnieks%40demo');
    const link = page.locator('tbody').getByRole('link', { name: 'Demo Dalībniece' });
    await expect(link).toBeVisible();
    // From the top of the content, Tab through to the person's link, then Enter.
    await page.locator('main').focus();
    for (let presses = 0; presses < 30; presses++) {
      await page.keyboard.press('Tab');
      if (await link.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Demo Dalībniece');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Demo Dalībniece · /);

    // Back to the list and forward again: the heading again.
    await page.goBack();
    await expect(heading).toHaveText('Lietotāji');
    await expect(heading).toBeFocused();
    await page.goForward();
    await expect(heading).toHaveText('Demo Dalībniece');
    await expect(heading).toBeFocused();
  });

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
    const toggle = page.getByRole('main').locator('button[aria-controls="sign-in-password"]');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAccessibleName('Rādīt paroli');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // At least 24 × 24 CSS pixels, so it is easy to hit.
    const box = await toggle.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAccessibleName('Slēpt paroli');
    await expect(toggle).toBeFocused();
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

  test('the first visit of someone signed out asks the server nothing that fails', async ({ page }) => {
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/lv/organisations');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pieslēgšanās');
    await page.waitForLoadState('networkidle');
    expect(failures).toEqual([]);
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
