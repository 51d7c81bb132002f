import { expect, test } from './support/auth';
import { createPerson, signInAs } from './support/people';

test.describe('the platform language', () => {
  test.use({ account: null });

  test.describe('for a browser asking for Latvian', () => {
    test.use({ locale: 'lv-LV' });

    test('English in the profile: signing in from the root lands in English', async ({ page, context, request }) => {
      const person = await createPerson(request, 'language');
      await signInAs(context, person);
      await page.goto('/lv/profile');
      await page.getByRole('combobox', { name: 'Valoda' }).selectOption('en');
      await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
      await expect(page.getByRole('link', { name: 'Continue in English' })).toBeVisible();
      await page.getByRole('button', { name: 'Iziet' }).click();
      await expect(page).toHaveURL(/\/lv\/sign-in$/);

      await page.goto('/');
      await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=%2Forganisations$/);
      const main = page.getByRole('main');
      await main.getByLabel('E-pasta adrese').fill(person.email);
      await main.getByLabel('Parole', { exact: true }).fill(person.password);
      await main.getByRole('button', { name: 'Pieslēgties' }).click();

      await expect(page).toHaveURL(/\/en\/organisations$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
      await expect(page.getByRole('link', { name: `My profile: ${person.name}` })).toBeVisible();
    });

    test('the root opens in Latvian', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/lv\/sign-in/);
    });
  });

  test.describe('for a browser asking for English', () => {
    test.use({ locale: 'en-GB' });

    test('the root opens in English', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/sign-in/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
});
