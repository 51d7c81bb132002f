import type { APIRequestContext } from '@playwright/test';
import type { LoginResponse, Organisation, Page as ApiPage, User } from '@di/contracts';
import { apiGet, expect, test } from './support/auth';

test.describe('users list of a coordinator', () => {
  test.use({ account: 'coordinator' });

  test('shows only the people of Latgale', async ({ page, session, request }) => {
    if (!session) throw new Error('signed in expected');
    const latgale = await apiGet<ApiPage<Organisation>>(request, session, '/api/organisations?regionCode=LPR&pageSize=200');
    const latgaleNames = new Set(latgale.items.map((organisation) => organisation.name));

    await page.goto('/lv/users');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lietotāji');
    await expect(page.getByText('Jūs redzat cilvēkus savā pārziņā: Latgales plānošanas reģions.')).toBeVisible();
    await expect(page.locator('p.status')).toHaveText(/Atrast[si]\s+\d+\s+lietotāj[si]/);

    const organisations = await page.locator('tbody td.users__organisation').allTextContents();
    expect(organisations.length).toBeGreaterThan(0);
    for (const name of organisations) {
      expect(latgaleNames, `${name} is in Latgale`).toContain(name.trim());
    }
    await expect(page.locator('tbody tr', { hasText: 'Demo Dalībniece' })).toBeVisible();
    // People in Rīga's region are not in reach.
    await expect(page.locator('tbody tr', { hasText: 'Ogres novads' })).toHaveCount(0);

    // The organisation filter offers only Latgale's organisations.
    const options = await page.getByLabel('Organizācija').locator('option').allTextContents();
    for (const option of options.slice(1)) {
      expect(latgaleNames).toContain(option.trim());
    }
  });

  test('offers a coordinator only the participant and trainer roles', async ({ page }) => {
    await page.goto('/lv/users/new');
    const roles = page.getByRole('group', { name: 'Lomas' }).getByRole('checkbox');
    await expect(roles).toHaveCount(2);
    await expect(page.getByRole('checkbox', { name: 'Pasniedzējs' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Dalībnieks' })).toBeChecked();
  });
});

test.describe('users list of an admin', () => {
  test('filters by role and search, with the filters in the address', async ({ page }) => {
    await page.goto('/lv/users');
    await expect(page.locator('p.status')).toHaveText(/Atrast[si]\s+\d+\s+lietotāj[si]/);
    await page.getByLabel('Loma').selectOption({ label: 'Pasniedzējs' });
    await expect(page).toHaveURL(/role=trainer/);
    await expect(page.locator('tbody tr', { hasText: 'Demo Pasniedzējs' })).toBeVisible();
    await page.getByLabel('Meklēt pēc vārda vai e-pasta').fill('pasniedz');
    await expect(page).toHaveURL(/q=pasniedz/);
    await expect(page.locator('p.status')).toHaveText(/^\s*Atrasts\s+1\s+lietotājs\s*$/);
    await page.reload();
    await expect(page.getByLabel('Loma')).toHaveValue('trainer');
    await expect(page.locator('tbody tr')).toHaveCount(1);
  });

  test('invites a person, who then appears in the list as invited', async ({ page }) => {
    const email = `e2e.${Date.now()}@example.invalid`;
    await page.goto('/lv/users');
    await page.getByRole('link', { name: 'Uzaicināt lietotāju' }).click();
    await expect(page).toHaveURL(/\/lv\/users\/new$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uzaicināt lietotāju');

    // Sending empty lists what to fix and moves focus there.
    await page.getByRole('button', { name: 'Nosūtīt uzaicinājumu' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(4);
    // The organisation is required, and says so.
    await expect(page.getByLabel('Organizācija')).toHaveAttribute('aria-required', 'true');
    await expect(page.locator('mat-form-field', { has: page.locator('#invite-organisation') }).locator('.mat-mdc-form-field-required-marker')).toBeVisible();
    await summary.getByRole('link', { name: /E-pasta adrese/ }).click();
    await expect(page.getByLabel('E-pasta adrese')).toBeFocused();

    await page.getByLabel('E-pasta adrese').fill(email);
    await page.getByLabel('Vārds, uzvārds').fill('E2E Anna Bērziņa');
    await page.getByLabel('Organizācija').selectOption({ label: 'Kalupe' });
    await page.getByLabel('Dalībnieka veids').selectOption({ label: 'Sociālais mentors' });
    await page.getByRole('checkbox', { name: 'Pasniedzējs' }).check();
    await page.getByRole('button', { name: 'Nosūtīt uzaicinājumu' }).click();

    await expect(page).toHaveURL(/\/lv\/users\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E Anna Bērziņa');
    // A demo run sends nothing, and the notice says so (never "sent"), with the way to the demo mailbox.
    const notice = page.getByRole('status').filter({ hasText: `Uzaicinājums uz ${email} ir sagatavots, bet nav nosūtīts` });
    await expect(notice).toContainText('demo režīmā');
    await expect(page.getByText(`Uzaicinājums nosūtīts uz ${email}.`)).toHaveCount(0);
    await expect(notice.getByRole('link', { name: 'Atvērt demo pastkastīti' })).toBeVisible();
    await expect(page.locator('.meta__status')).toHaveText('Uzaicināts');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Not yet able to sign in: the box does not claim the account is active.
    await expect(page.getByRole('checkbox', { name: /^Ļaut pieslēgties, kad cilvēks būs iestatījis paroli/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Konts ir aktīvs/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nosūtīt uzaicinājumu vēlreiz' })).toBeVisible();

    await page.getByRole('link', { name: 'Atpakaļ uz lietotāju sarakstu' }).click();
    await page.getByLabel('Meklēt pēc vārda vai e-pasta').fill(email);
    const row = page.locator('tbody tr', { hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.locator('.users__status')).toHaveText('Uzaicināts');
    await expect(row.locator('.users__roles')).toHaveText('Pasniedzējs, Dalībnieks');
    await expect(row.locator('.users__organisation')).toHaveText('Kalupe');

    // The same address again: the conflict shows next to the email field.
    await page.goto('/lv/users/new');
    await page.getByLabel('E-pasta adrese').fill(email);
    await page.getByLabel('Vārds, uzvārds').fill('E2E Anna Otrā');
    await page.getByLabel('Organizācija').selectOption({ label: 'Kalupe' });
    await page.getByLabel('Dalībnieka veids').selectOption({ label: 'Cits' });
    await page.getByRole('button', { name: 'Nosūtīt uzaicinājumu' }).click();
    await expect(page.getByLabel('E-pasta adrese')).toHaveAccessibleDescription(/jau ir reģistrēta platformā/);
  });

  test('edits a person and resends an invitation', async ({ page }) => {
    await page.goto('/lv/users?q=janis.demo');
    await page.getByRole('link', { name: 'Demo Jānis Ozols' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Jānis Ozols');
    await page.getByRole('button', { name: 'Nosūtīt uzaicinājumu vēlreiz' }).click();
    const resent = page.getByText('Uzaicinājums uz janis.demo@demo.invalid ir sagatavots, bet nav nosūtīts');
    await expect(resent).toBeVisible();

    await page.getByRole('checkbox', { name: 'Pasniedzējs' }).check();
    await page.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
    await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
    // The earlier notice is gone: only the latest outcome shows.
    await expect(resent).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Pasniedzējs' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Pasniedzējs' }).uncheck();
    await page.getByRole('button', { name: 'Saglabāt izmaiņas' }).click();
    await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
  });
});

test.describe('users list filters and addresses', () => {
  test('filters by account status, in the address, and shows only the invited', async ({ page }) => {
    await page.goto('/lv/users');
    await page.getByLabel('Konta statuss').selectOption({ label: 'Uzaicināts' });
    await expect(page).toHaveURL(/status=invited/);
    await expect(page.locator('tbody tr', { hasText: 'Demo Jānis Ozols' })).toBeVisible();
    const statuses = await page.locator('tbody td.users__status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status.trim()).toBe('Uzaicināts');
    await page.reload();
    await expect(page.getByLabel('Konta statuss')).toHaveValue('invited');
  });

  test('an address that cannot be a person says "not found" in the page language, with no retry', async ({ page }) => {
    for (const [locale, heading] of [
      ['lv', 'Lietotājs nav atrasts'],
      ['en', 'User not found'],
    ] as const) {
      await page.goto(`/${locale}/users/not-a-uuid`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('main')).not.toContainText('Invalid input');
      await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
      await expect(page).toHaveTitle(new RegExp(`^${heading} · `));
    }
  });

  test('on a 320 px screen the table says it scrolls sideways and scrolls by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/lv/users');
    const region = page.getByRole('region', { name: 'Lietotāji' });
    await expect(region.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByText('Tabula ir platāka par ekrānu')).toBeVisible();
    await expect(region).toHaveAccessibleDescription(/ritiniet to uz sāniem/);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Addresses may break only between their parts (before @ and dots), never inside a name.
    const breaks = await region.locator('td.users__email').first().evaluate((cell) => ({
      wbr: cell.querySelectorAll('wbr').length,
      wrap: getComputedStyle(cell).overflowWrap,
    }));
    expect(breaks.wbr).toBeGreaterThanOrEqual(2);
    expect(breaks.wrap).not.toBe('anywhere');
  });
});

/** What the user page says, in each language, when a save meets someone else's change. */
const STALE_TEXTS = {
  lv: {
    fullName: 'Vārds, uzvārds',
    save: 'Saglabāt izmaiņas',
    notice: 'Kamēr jūs labojāt, kāds cits pa to laiku jau mainīja šī cilvēka datus.',
    replaces: 'Tie aizstās jūsu nesaglabātās izmaiņas formā',
    reload: 'Ielādēt jaunākos datus',
    reloaded: 'Formā ielādēti jaunākie dati.',
    saved: 'Izmaiņas saglabātas.',
  },
  en: {
    fullName: 'Full name',
    save: 'Save changes',
    notice: "While you were editing, someone else changed this person's details.",
    replaces: 'It will replace your unsaved changes in the form',
    reload: 'Load the latest data',
    reloaded: 'The latest data is now in the form.',
    saved: 'Changes saved.',
  },
} as const;

async function apiSend<T>(request: APIRequestContext, session: LoginResponse, method: 'POST' | 'PATCH', path: string, data: object): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${session.accessToken}` } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test.describe('a person changed by someone else while the page is open', () => {
  for (const locale of ['lv', 'en'] as const) {
    test(`saving says so and Reload brings the current data into the form (${locale})`, async ({ page, request, session }) => {
      if (!session) throw new Error('signed in expected');
      const texts = STALE_TEXTS[locale];
      const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const [organisation] = (await apiGet<ApiPage<Organisation>>(request, session, '/api/organisations?pageSize=1')).items;
      // A person of this test's own, so other tests (and parallel runs) never see the change.
      const person = await apiSend<User>(request, session, 'POST', '/api/users', {
        email: `e2e.stale.${tag}@example.invalid`,
        fullName: `E2E Versija ${locale}`,
        organisationId: organisation.id,
        participantKind: 'other',
        roles: [{ role: 'participant' }],
        password: `e2e-stale-password-${tag}`,
      });

      await page.goto(`/${locale}/users/${person.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.fullName);
      const fullName = page.getByLabel(texts.fullName);
      await expect(fullName).toHaveValue(person.fullName);

      // Behind the page's back, someone else renames the person.
      const changedName = `E2E Versija ${locale} (mainīts citur)`;
      const changed = await apiSend<User>(request, session, 'PATCH', `/api/users/${person.id}`, { fullName: changedName, version: person.version });
      expect(changed.version).toBeGreaterThan(person.version);

      await fullName.fill(`E2E Versija ${locale} (mainīts lapā)`);
      await page.getByRole('button', { name: texts.save }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(texts.notice);
      await expect(alert).toContainText(texts.replaces);
      await expect(fullName).toHaveValue(`E2E Versija ${locale} (mainīts lapā)`);

      // Reload from the keyboard: the form now holds what the other person saved.
      const reload = page.getByRole('button', { name: texts.reload });
      await reload.focus();
      await page.keyboard.press('Enter');
      await expect(fullName).toHaveValue(changedName);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(changedName);
      await expect(page.getByText(texts.reloaded)).toBeVisible();
      await expect(reload).toHaveCount(0);

      // Based on the current version, the next save goes through.
      await fullName.fill(`${changedName} un lapā`);
      await page.getByRole('button', { name: texts.save }).click();
      await expect(page.getByText(texts.saved)).toBeVisible();
    });
  }
});
