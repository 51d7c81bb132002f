import { expect, test } from './support/auth';
import { LABELS, OrganisationsPage } from './support/organisations-page';

test.describe('organisations page', () => {
  // A browser that asks for Latvian (the root follows Accept-Language).
  test.use({ locale: 'lv-LV' });
  test('opens in Latvian at the root and shows Latgale with its VSAC, branches and municipalities', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/lv\/organisations$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    const organisations = new OrganisationsPage(page);
    await expect(organisations.heading).toHaveText('Organizācijas');
    await expect(page).toHaveTitle(/Organizācijas/);

    await organisations.region.selectOption({ label: 'Latgales plānošanas reģions' });
    await expect(page).toHaveURL(/region=LPR/);
    await organisations.expectCount('Atrastas 24 organizācijas');
    const latgale = organisations.regionSection('LPR');
    await expect(latgale.getByRole('heading', { level: 2 })).toContainText('Latgales plānošanas reģions');
    const vsac = organisations.organisation('VSAC "Latgale"');
    await expect(vsac.locator('li.org--branch .org__name')).toHaveText(['Kalkūni', 'Kalupe', 'Krastiņi']);
    await expect(latgale.locator('li.org').filter({ hasText: 'Pašvaldība' })).toHaveCount(19);
    await expect(page.locator('section[data-region]')).toHaveCount(1);
  });

  test('filters by type and says whose branch each branch is', async ({ page }) => {
    await page.goto('/lv/organisations');
    const organisations = new OrganisationsPage(page);
    await organisations.type.selectOption({ label: 'VSAC filiāle' });
    await expect(page).toHaveURL(/type=vsac_branch/);
    await organisations.expectCount('Atrastas 3 organizācijas');
    await expect(organisations.organisation('Kalupe').locator('.org__parent')).toHaveText('Galvenā iestāde: VSAC "Latgale"');
  });

  test('searches ignoring diacritics, and the search survives a reload', async ({ page }) => {
    await page.goto('/lv/organisations');
    const organisations = new OrganisationsPage(page);
    await organisations.search.fill('kraslav');
    await organisations.expectCount('Atrasta 1 organizācija');
    await expect(organisations.organisation('Krāslavas novads')).toBeVisible();
    await expect(page).toHaveURL(/q=kraslav/);

    await page.reload();
    await expect(organisations.search).toHaveValue('kraslav');
    await organisations.expectCount('Atrasta 1 organizācija');
  });

  test('says so when nothing is found and offers to show everything', async ({ page }) => {
    await page.goto('/lv/organisations?q=nav-tadas-iestades');
    const organisations = new OrganisationsPage(page);
    await organisations.expectCount('Nav atrasta neviena organizācija');
    await page.getByRole('button', { name: 'Rādīt visas organizācijas' }).click();
    await expect(page).toHaveURL(/\/lv\/organisations$/);
    await expect(organisations.status).toHaveText(/Atrastas \d+ organizācijas/);
  });

  test('switches to English on the same page and filters, and back', async ({ page }) => {
    await page.goto('/lv/organisations?type=vsac_branch');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/organisations\?type=vsac_branch$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const organisations = new OrganisationsPage(page, LABELS.en);
    await expect(organisations.heading).toHaveText('Organisations');
    await organisations.expectCount('3 organisations found');
    await expect(organisations.regionSection('LPR').getByRole('heading', { level: 2 })).toContainText('Latgale Planning Region');
    await expect(organisations.type).toHaveValue('vsac_branch');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await page.getByRole('link', { name: 'Latviešu' }).click();
    await expect(page).toHaveURL(/\/lv\/organisations\?type=vsac_branch$/);
  });

  test('shows a not-found page for an unknown address, in the right language', async ({ page }) => {
    await page.goto('/en/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Go to the list of organisations' }).click();
    await expect(page).toHaveURL(/\/en\/organisations$/);
  });
});
