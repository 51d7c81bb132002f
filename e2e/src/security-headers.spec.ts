import type { Page } from '@playwright/test';
import { expect, test } from './support/auth';

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe('security headers and the Content-Security-Policy', () => {
  test('the web app is served with a CSP without inline scripts and with the other security headers', async ({ request }) => {
    for (const path of ['/lv/', '/en/sign-in']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
    expect((await request.get('/api/health')).headers()['cache-control']).toBe('no-store');
  });

  test.describe('a visitor', () => {
    test.use({ account: null });

    test('can sign in with the app running under the CSP, and nothing is blocked', async ({ page }) => {
      const violations = await recordCspViolations(page);
      await page.goto('/lv/');
      await expect(page.getByRole('heading', { level: 1, name: 'Pieslēgšanās' })).toBeVisible();
      await page.getByRole('main').getByLabel('E-pasta adrese').fill('dalibnieks@demo.invalid');
      await page.getByRole('main').getByLabel('Parole', { exact: true }).fill('demo-dalib-2026');
      await page.getByRole('main').getByRole('button', { name: 'Pieslēgties' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Organizācijas' })).toBeVisible();
      expect(violations).toEqual([]);
    });
  });

  test('the API documentation works under the CSP too', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto('/api/docs');
    await expect(page.getByRole('heading', { name: /DI training platform API/ })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('an admin works through the pages in both languages without a CSP violation', async ({ page }) => {
    const violations = await recordCspViolations(page);
    for (const path of ['/lv/organisations', '/lv/users', '/lv/profile', '/en/users', '/en/profile']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
});
