import type { Page as ApiPage, User } from '@di/contracts';
import type { Page } from '@playwright/test';
import { apiGet, expect, signInViaUi, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

interface PageCase {
  name: string;
  path: string;
  /** Something to do first, e.g. submit a form to show its errors. */
  prepare?: (page: Page, locale: 'lv' | 'en') => Promise<void>;
}

const SIGNED_IN_PAGES: PageCase[] = [
  { name: 'organisations', path: 'organisations' },
  { name: 'organisations filtered to branches', path: 'organisations?type=vsac_branch&q=ka' },
  { name: 'organisations with nothing found', path: 'organisations?q=nav-tadas-iestades' },
  { name: 'users list', path: 'users' },
  { name: 'users list with nothing found', path: 'users?q=nav-tada-cilveka' },
  { name: 'invite a user', path: 'users/new' },
  {
    name: 'invite a user with the error summary',
    path: 'users/new',
    prepare: async (page, locale) => {
      await page.getByRole('button', { name: locale === 'lv' ? 'Nosūtīt uzaicinājumu' : 'Send invitation' }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  { name: 'profile', path: 'profile' },
  { name: 'not found', path: 'no-such-page' },
];

const PUBLIC_PAGES: PageCase[] = [
  { name: 'sign-in', path: 'sign-in' },
  {
    name: 'sign-in with a wrong password',
    path: 'sign-in',
    prepare: async (page) => {
      const main = page.getByRole('main');
      await main.locator('input[type="email"]').fill('pasniedzejs@demo.invalid');
      await main.locator('input[autocomplete="current-password"]').fill('wrong-password');
      await main.locator('button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'sign-in with empty fields',
    path: 'sign-in',
    prepare: async (page) => {
      await page.getByRole('main').locator('button[type="submit"]').click();
      await expect(page.locator('mat-error').first()).toBeVisible();
    },
  },
  { name: 'set-password', path: 'set-password#token=a-token-from-an-invitation' },
  { name: 'set-password without a token', path: 'set-password' },
  { name: 'forgot-password', path: 'forgot-password' },
  {
    name: 'forgot-password confirmation',
    path: 'forgot-password',
    prepare: async (page) => {
      await page.getByRole('main').locator('input[type="email"]').fill('someone@example.invalid');
      await page.getByRole('main').locator('button[type="submit"]').click();
      await expect(page.locator('.notice--success')).toBeVisible();
    },
  },
];

async function check(page: Page, url: string, locale: 'lv' | 'en', prepare?: PageCase['prepare']): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await prepare?.(page, locale);
  await expectNoAxeViolations(page);
}

for (const locale of ['lv', 'en'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    test.describe('signed in as admin', () => {
      for (const { name, path, prepare } of SIGNED_IN_PAGES) {
        test(`${name} passes axe (WCAG 2.1 AA)`, async ({ page }) => {
          await check(page, `/${locale}/${path}`, locale, prepare);
        });
      }

      test('a user page passes axe', async ({ page, request, session }) => {
        if (!session) throw new Error('signed in expected');
        const found = await apiGet<ApiPage<User>>(request, session, '/api/users?q=janis.demo');
        const user = found.items[0];
        await page.goto(`/${locale}/users/${user.id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(user.fullName);
        await expect(page.locator('#user-organisation option:checked')).not.toHaveText(/Izvēlieties|Choose/);
        await expectNoAxeViolations(page);
      });

      test('organisations passes axe on a 320 px wide screen', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`/${locale}/organisations?region=LPR`);
        await expect(page.locator('section[data-region="LPR"]')).toBeVisible();
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('users list passes axe on a 320 px wide screen without the page scrolling sideways', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`/${locale}/users`);
        await expect(page.locator('tbody tr').first()).toBeVisible();
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });

    test.describe('signed out', () => {
      test.use({ account: null });
      for (const { name, path, prepare } of PUBLIC_PAGES) {
        test(`${name} passes axe (WCAG 2.1 AA)`, async ({ page }) => {
          await check(page, `/${locale}/${path}`, locale, prepare);
        });
      }
    });

    test.describe('signed in as a participant', () => {
      test.use({ account: 'participant' });
      test('no access passes axe (WCAG 2.1 AA)', async ({ page }) => {
        await check(page, `/${locale}/users`, locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'lv' ? 'Nav piekļuves' : 'No access');
      });
    });
  });
}

test.describe('accessibility after signing in through the form', () => {
  test.use({ account: null });
  test('the first page after sign-in passes axe', async ({ page }) => {
    await page.goto('/lv/sign-in');
    await signInViaUi(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
