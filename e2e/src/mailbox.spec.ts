import type { APIRequestContext } from '@playwright/test';
import type { LoginResponse, Organisation, Page as ApiPage, User } from '@di/contracts';
import { apiGet, expect, test } from './support/auth';

/** Invites someone new (on the reserved `.invalid` domain, as demo people are), as the admin. */
async function invite(request: APIRequestContext, session: LoginResponse): Promise<User> {
  const [organisation] = (await apiGet<ApiPage<Organisation>>(request, session, '/api/organisations?pageSize=1')).items;
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${session.accessToken}` },
    data: {
      email: `e2e.mailbox.${tag}@demo.invalid`,
      fullName: `E2E Pastkastīte ${tag}`,
      organisationId: organisation.id,
      participantKind: 'other',
      roles: [{ role: 'participant' }],
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as User;
}

test.describe('the demo mailbox', () => {
  test('an admin finds it in the navigation and reads the newest invitation with its link', async ({ browser, page, request, session }) => {
    if (!session) throw new Error('signed in expected');
    const person = await invite(request, session);

    await page.goto('/lv/organisations');
    await expect(page.getByRole('heading', { level: 1, name: 'Organizācijas' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Demo pastkastīte' }).click();
    await expect(page).toHaveURL(/\/lv\/demo-mailbox$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Demo pastkastīte');
    await expect(heading).toBeFocused();
    await expect(page.getByText('Demonstrācija: šīs vēstules nav nosūtītas')).toBeVisible();
    await expect(page.getByText('tikai tāpēc, ka šī ir demonstrācija ar izdomātiem cilvēkiem')).toBeVisible();

    // The invitation just made (other tests may add theirs beside it), with a link that opens.
    const mine = page.locator('li.mail').filter({ has: page.locator('.mail__to', { hasText: person.email }) });
    await expect(mine).toHaveCount(1, { timeout: 20_000 });
    const link = mine.locator('.mail__text a').first();
    await expect(link).toHaveAttribute('href', /\/set-password#token=/);
    const href = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/set-password$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paroles iestatīšana');

    // The invited person, in a browser of their own, accepts and lands at sign-in with their address there.
    const invitee = await browser.newContext();
    const theirs = await invitee.newPage();
    await theirs.goto(href ?? '');
    await theirs.locator('#set-password-password').fill('pastkastes-parole-2026');
    await theirs.locator('#set-password-repeat').fill('pastkastes-parole-2026');
    await theirs.getByRole('button', { name: 'Iestatīt paroli' }).click();
    await expect(theirs).toHaveURL(/\/lv\/sign-in$/);
    await expect(theirs.getByRole('main').getByLabel('E-pasta adrese')).toHaveValue(person.email);
    await invitee.close();
  });

  test('is in English too', async ({ page }) => {
    await page.goto('/en/demo-mailbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo mailbox');
    await expect(page.getByText('Demonstration: these messages were not sent')).toBeVisible();
  });
});

test.describe('the demo mailbox for a coordinator', () => {
  test.use({ account: 'coordinator' });

  test('is not in the navigation, and not open to them', async ({ page }) => {
    await page.goto('/lv/organisations');
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link')).toHaveText(['Organizācijas', 'Lietotāji', 'Kursi', 'Mani kursi', 'Manas nodarbības', 'Pieteikumi', 'Pārskati']);
    await page.goto('/lv/demo-mailbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nav piekļuves');
  });
});
