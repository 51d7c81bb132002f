import { expect, test } from './support/auth';
import { createPerson, signInAs, type OwnPerson } from './support/people';

test.describe('own profile', () => {
  // A person of each test's own: these tests change the name and language of whoever is signed in.
  test.use({ account: null });
  let person: OwnPerson;
  test.beforeEach(async ({ context, request }) => {
    person = await createPerson(request, 'profile');
    await signInAs(context, person);
  });

  test('a changed name is saved, shown in the header and still there after a reload', async ({ page }) => {
    const original = person.name;
    const changed = `${original} Ozols`;
    await page.goto('/lv/organisations');
    await page.getByRole('link', { name: `Mans profils: ${original}` }).click();
    await expect(page).toHaveURL(/\/lv\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mans profils');
    await expect(page.getByText(person.email)).toBeVisible();

    const name = page.getByLabel('Vārds, uzvārds');
    await name.fill(changed);
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
    await expect(page.getByRole('link', { name: `Mans profils: ${changed}` })).toBeVisible();

    await page.reload();
    await expect(name).toHaveValue(changed);
    await expect(page.getByRole('link', { name: `Mans profils: ${changed}` })).toBeVisible();
  });

  test('a wrong current password is reported next to it', async ({ page }) => {
    await page.goto('/lv/profile');
    await page.getByLabel('Pašreizējā parole').fill('not-my-password');
    await page.getByLabel('Jaunā parole', { exact: true }).fill('a much longer new password');
    await page.getByLabel('Jaunā parole vēlreiz').fill('a much longer new password');
    await page.getByRole('button', { name: 'Mainīt paroli' }).click();
    const current = page.getByLabel('Pašreizējā parole');
    await expect(current).toHaveAccessibleDescription('Pašreizējā parole nav pareiza.');
    await expect(current).toBeFocused();
  });

  test('a common new password is refused in the interface language', async ({ page }) => {
    await page.goto('/en/profile');
    await page.getByLabel('Current password').fill(person.password);
    await page.getByLabel('New password', { exact: true }).fill('password123');
    await page.getByLabel('New password again').fill('password123');
    await page.getByRole('button', { name: 'Change password' }).click();
    const next = page.getByLabel('New password', { exact: true });
    await expect(next).toHaveAccessibleDescription('This password is among the most commonly used ones and is easy to guess. Choose another.');
    await expect(next).toBeFocused();
  });

  test('saving English as the language offers the English version', async ({ page }) => {
    await page.goto('/lv/profile');
    await page.getByRole('combobox', { name: 'Valoda' }).selectOption('en');
    await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
    const link = page.getByRole('link', { name: 'Continue in English' });
    await expect(link).toBeFocused();
    await link.click();
    await expect(page).toHaveURL(/\/en\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My profile');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('lv');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Turpināt latviešu valodā' })).toBeVisible();
  });
});
