import { ACCOUNTS, expect, signInViaUi, test, type AccountName } from './support/auth';

const mainNav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Galvenā navigācija' });

test.describe('signing in and out', () => {
  test.use({ account: null });

  const NAV_BY_ROLE: { account: AccountName; links: string[] }[] = [
    { account: 'participant', links: ['Organizācijas', 'Kursi', 'Mani kursi', 'Manas nodarbības'] },
    // Only someone who trains has a schedule of their own, and their runs' attendance.
    { account: 'trainer', links: ['Organizācijas', 'Kursi', 'Mani kursi', 'Manas nodarbības', 'Mans grafiks', 'Ciklu apmeklējums'] },
    // Coordinators and admins decide the requests and read the reports.
    { account: 'coordinator', links: ['Organizācijas', 'Lietotāji', 'Kursi', 'Mani kursi', 'Manas nodarbības', 'Pieteikumi', 'Pārskati'] },
    // A demo run: the admin also has the demo mailbox.
    { account: 'admin', links: ['Organizācijas', 'Lietotāji', 'Kursi', 'Mani kursi', 'Manas nodarbības', 'Pieteikumi', 'Pārskati', 'Demo pastkastīte'] },
  ];

  for (const { account, links } of NAV_BY_ROLE) {
    test(`the ${account} signs in, sees their navigation, signs out and is back at sign-in`, async ({ page }) => {
      await page.goto('/lv/');
      await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=%2Forganisations$/);
      await expect(mainNav(page).getByRole('link')).toHaveText(['Pieslēgties']);

      await signInViaUi(page, account);
      await expect(page).toHaveURL(/\/lv\/organisations$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organizācijas');
      await expect(mainNav(page).getByRole('link')).toHaveText(links);
      const profileLink = page.getByRole('banner').getByRole('link', { name: `Mans profils: ${ACCOUNTS[account].name}` });
      await expect(profileLink).toBeVisible();

      // The session survives a reload (the access token is only in memory; the cookie brings it back).
      await page.reload();
      await expect(profileLink).toBeVisible();

      await page.getByRole('button', { name: 'Iziet' }).click();
      await expect(page).toHaveURL(/\/lv\/sign-in$/);
      await expect(page.getByText('Jūs izgājāt no sistēmas.')).toBeVisible();
      await expect(mainNav(page).getByRole('link')).toHaveText(['Pieslēgties']);
      await expect(profileLink).toHaveCount(0);

      // Signed out for real: a protected page asks to sign in again.
      await page.goto('/lv/organisations');
      await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=%2Forganisations$/);
    });
  }

  test('a wrong password says so and signs no one in', async ({ page }) => {
    await page.goto('/lv/sign-in');
    await page.getByRole('main').getByLabel('E-pasta adrese').fill(ACCOUNTS.trainer.email);
    await page.getByRole('main').getByLabel('Parole', { exact: true }).fill('not-the-password');
    await page.getByRole('main').getByRole('button', { name: 'Pieslēgties' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Nepareiza e-pasta adrese vai parole. Pārbaudiet tās un mēģiniet vēlreiz.');
    await expect(alert).toBeFocused();
    await expect(page).toHaveURL(/\/lv\/sign-in$/);
    await expect(page.getByRole('main').getByLabel('Parole', { exact: true })).toHaveValue('');
  });

  test('after signing in, the person lands on the page they asked for', async ({ page }) => {
    await page.goto('/lv/users?role=trainer');
    await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=%2Fusers%3Frole%3Dtrainer$/);
    await signInViaUi(page, 'admin');
    await expect(page).toHaveURL(/\/lv\/users\?role=trainer$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lietotāji');
  });

  test('signs in in English too, and goes on in the language of the profile', async ({ page }) => {
    await page.goto('/en/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await signInViaUi(page, 'coordinator', 'en');
    // The demo coordinator's profile says Latvian: the platform follows it.
    await expect(page).toHaveURL(/\/lv\/organisations$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(mainNav(page).getByRole('link')).toHaveText(['Organizācijas', 'Lietotāji', 'Kursi', 'Mani kursi', 'Manas nodarbības', 'Pieteikumi', 'Pārskati']);
    await page.getByRole('button', { name: 'Iziet' }).click();
    await expect(page.getByText('Jūs izgājāt no sistēmas.')).toBeVisible();
  });

  test('asks for a reset link without telling whether the address has an account', async ({ page }) => {
    await page.goto('/lv/sign-in');
    await page.getByRole('link', { name: 'Aizmirsāt paroli?' }).click();
    await expect(page).toHaveURL(/\/lv\/forgot-password$/);
    await page.getByRole('main').getByLabel('E-pasta adrese').fill('neviens@nav.invalid');
    await page.getByRole('button', { name: 'Nosūtīt saiti' }).click();
    // A demo run sends no email, and the page does not claim it did (nor tells whether the address has an account).
    const confirmation = page.getByRole('status').filter({ hasText: 'neviens@nav.invalid' });
    await expect(confirmation).toContainText('Šī ir demonstrācija, kurā e-pasta vēstules netiek sūtītas, tāpēc uz neviens@nav.invalid nekas nav nosūtīts.');
    await expect(confirmation).not.toContainText('ir nosūtīta saite');
  });

  test('a set-password link without a valid token explains itself and offers a new link', async ({ page }) => {
    await page.goto('/lv/set-password#token=this-token-does-not-exist');
    await expect(page).toHaveURL(/\/lv\/set-password$/); // the token is out of the address bar
    await page.getByLabel('Jaunā parole', { exact: true }).fill('kalnu ezers rudenī');
    await page.getByLabel('Jaunā parole vēlreiz').fill('kalnu ezers rudenī');
    await page.getByRole('button', { name: 'Iestatīt paroli' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Šī saite vairs nav derīga');
    await expect(alert.getByRole('link', { name: 'Pieprasīt jaunu saiti' })).toBeVisible();
  });
});

test.describe('role-based access', () => {
  test.use({ account: 'participant' });

  test('a participant who opens the users list is told they have no access', async ({ page }) => {
    await page.goto('/lv/users');
    await expect(page).toHaveURL(/\/lv\/users$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nav piekļuves');
    await expect(page).toHaveTitle(/Nav piekļuves/);
    await expect(mainNav(page).getByRole('link', { name: 'Lietotāji' })).toHaveCount(0);
  });
});
