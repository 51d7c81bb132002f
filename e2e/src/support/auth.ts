import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import type { LoginResponse } from '@di/contracts';

/** The demo accounts of the product's demo data. */
export const ACCOUNTS = {
  admin: { email: 'admin@demo.invalid', password: 'demo-admin-2026', name: 'Demo Administrators' },
  coordinator: { email: 'koordinators@demo.invalid', password: 'demo-koord-2026', name: 'Demo Koordinatore (Latgale)' },
  trainer: { email: 'pasniedzejs@demo.invalid', password: 'demo-trainer-2026', name: 'Demo Pasniedzējs' },
  participant: { email: 'dalibnieks@demo.invalid', password: 'demo-dalib-2026', name: 'Demo Dalībniece' },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

/**
 * Signs in through the API with the browser context's own request context, so the refresh cookie
 * lands in the browser: the next page load restores the session from it, as after a reload.
 */
export async function signInViaApi(context: BrowserContext, account: AccountName): Promise<LoginResponse> {
  const { email, password } = ACCOUNTS[account];
  const response = await context.request.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `sign-in as ${account}`).toBe(200);
  await hintSession(context);
  return (await response.json()) as LoginResponse;
}

/** The web app's localStorage flag that a refresh cookie may be there (it sets it at its own sign-in). */
export const SESSION_HINT_KEY = 'di-training-may-have-session';

/**
 * After a sign-in outside the web app (through the API): sets the web app's "may have a session"
 * flag on the first page load of each tab, as its own sign-in form would, so that load restores
 * the session from the cookie. Later loads in the tab (after signing out) are left as they are.
 */
export async function hintSession(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      if (!sessionStorage.getItem('e2e-session-hinted')) {
        sessionStorage.setItem('e2e-session-hinted', '1');
        localStorage.setItem(key, '1');
      }
    } catch {
      // about:blank and other opaque origins have no storage
    }
  }, SESSION_HINT_KEY);
}

export const SIGN_IN_LABELS = {
  lv: { email: 'E-pasta adrese', password: 'Parole', submit: 'Pieslēgties' },
  en: { email: 'Email address', password: 'Password', submit: 'Sign in' },
};

/** Fills in and sends the sign-in form on the current page, as a person would. */
export async function signInViaUi(page: Page, account: AccountName, locale: 'lv' | 'en' = 'lv'): Promise<void> {
  const labels = SIGN_IN_LABELS[locale];
  const main = page.getByRole('main');
  await main.getByLabel(labels.email).fill(ACCOUNTS[account].email);
  await main.getByLabel(labels.password, { exact: true }).fill(ACCOUNTS[account].password);
  await main.getByRole('button', { name: labels.submit }).click();
}

/** GET an API path with a signed-in person's token. */
export async function apiGet<T>(request: APIRequestContext, session: LoginResponse, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${session.accessToken}` } });
  expect(response.ok(), `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * `test` with a signed-in person: `account` (default: the admin; `null` for a visitor) is signed
 * in before the test's first page load; `session` is their sign-in response (token, person).
 */
export const test = base.extend<{ account: AccountName | null; session: LoginResponse | null }>({
  account: ['admin', { option: true }],
  session: async ({ context, account }, use) => {
    await use(account ? await signInViaApi(context, account) : null);
  },
  page: async ({ page, session }, use) => {
    void session; // signed in before the page is used
    await use(page);
  },
});

export { expect };
