import type { Course, LoginResponse } from '@di/contracts';
import type { Locator, Page } from '@playwright/test';
import { apiGet, expect, test } from './support/auth';

/** Presses Tab until `target` has focus, as a person moving through the page would. */
async function tabTo(page: Page, target: Locator, presses = 80): Promise<void> {
  for (let count = 0; count < presses; count++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, field: Locator, value: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(value);
}

function signedIn(session: LoginResponse | null): LoginResponse {
  if (!session) throw new Error('signed in expected');
  return session;
}

test.describe('the course editor', () => {
  test('an admin creates a draft course, adds and reorders modules and previews Markdown, by keyboard', async ({ page, request, session }) => {
    const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const main = page.getByRole('main');

    await page.goto('/lv/courses/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jauns kurss');
    await main.focus();

    await typeInto(page, main.getByLabel('Kursa kods'), code);
    await typeInto(page, main.getByLabel('Nosaukums latviski'), 'E2E redaktora kurss');
    await typeInto(page, main.getByLabel('Nosaukums angliski'), 'E2E editor course');
    await typeInto(page, main.getByLabel('Apraksts latviski (Markdown)'), 'Kurss, ko izveidoja **testi**.');
    const audience = main.getByLabel('Mērķauditorija');
    await tabTo(page, audience);
    await page.keyboard.press('ArrowDown');
    await expect(audience).toHaveValue('vsac_staff');
    await typeInto(page, main.getByLabel('Plānotais apjoms (stundas)'), '8');
    await expect(main.getByLabel('Statuss')).toHaveValue('draft');
    // Enter in a field sends the form.
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/lv\/courses\/[0-9a-f-]{36}\/edit$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Kursa labošana: E2E redaktora kurss');
    await expect(heading).toBeFocused();
    await expect(page.getByText('Kurss izveidots. Tagad varat pievienot tā moduļus.')).toBeVisible();
    const courseId = /courses\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';

    // Two modules, each added from the keyboard; focus comes back to the title for the next.
    const live = page.locator('.modules__announcement');
    const moduleTitle = main.getByLabel('Moduļa nosaukums latviski');
    await typeInto(page, moduleTitle, 'Pirmais modulis');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Modulis “Pirmais modulis” pievienots 1. vietā.');
    await expect(moduleTitle).toBeFocused();
    await page.keyboard.type('Otrais modulis');
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Modulis “Otrais modulis” pievienots 2. vietā.');
    const titles = page.locator('ol.modules .modules__title');
    await expect(titles).toHaveText(['Pirmais modulis', 'Otrais modulis']);

    // The second one up: one request, announced, focus kept on the moved module's button.
    await main.focus();
    const up = main.getByRole('button', { name: 'Uz augšu: Otrais modulis' });
    await tabTo(page, up);
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Modulis “Otrais modulis” pārvietots uz 1. vietu no 2.');
    await expect(titles).toHaveText(['Otrais modulis', 'Pirmais modulis']);
    await expect(main.getByRole('button', { name: 'Uz leju: Otrais modulis' })).toBeFocused();
    const saved = await apiGet<Course>(request, signedIn(session), `/api/courses/${courseId}`);
    expect([...saved.modules].sort((a, b) => a.position - b.position).map((m) => m.title.lv)).toEqual(['Otrais modulis', 'Pirmais modulis']);
    expect(saved.status).toBe('draft');

    // Its editor: Markdown with a heading and a script, previewed as the server sanitises it.
    await main.focus();
    await tabTo(page, main.getByRole('link', { name: 'Otrais modulis' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lv\/modules\/[0-9a-f-]{36}\/edit$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moduļa labošana: Otrais modulis');
    await typeInto(
      page,
      main.getByLabel('Saturs latviski (Markdown)'),
      '# Moduļa virsraksts\n\nTeksts ar **treknrakstu**.\n\n<script>window.__e2eInjected = true</script>\n',
    );
    await tabTo(page, main.getByRole('button', { name: 'Priekšskatīt latviski' }));
    await page.keyboard.press('Enter');

    const preview = page.getByRole('region', { name: 'Priekšskatījums: saturs latviski' });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Priekšskatījums: saturs latviski' })).toBeFocused();
    await expect(preview.getByRole('heading', { name: 'Moduļa virsraksts' })).toBeVisible();
    await expect(preview.locator('strong')).toHaveText('treknrakstu');
    await expect(preview.locator('script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __e2eInjected?: boolean }).__e2eInjected)).toBeUndefined();
  });
});
