import type { Course, CourseModule, CourseSummary, LoginResponse, Page as ApiPage } from '@di/contracts';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { apiGet, expect, test } from './support/auth';

/** Presses Tab until `target` has focus, as a person moving through the page would. */
async function tabTo(page: Page, target: Locator, presses = 80): Promise<void> {
  for (let count = 0; count < presses; count++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const VSAC_TITLE = 'VSAC darbinieku apmācību cikls: pilngadīgu personu ar GRT sagatavošana pārejai uz dzīvi sabiedrībā';

async function apiPost<T>(request: APIRequestContext, session: LoginResponse, path: string, data: object): Promise<T> {
  const response = await request.post(path, { data, headers: { Authorization: `Bearer ${session.accessToken}` } });
  expect(response.status(), `POST ${path}`).toBe(201);
  return (await response.json()) as T;
}

test.describe('the course catalogue', () => {
  test.describe('as a participant', () => {
    test.use({ account: 'participant' });

    test('finds the demo VSAC course by free text and opens it and its modules by keyboard', async ({ page, request, session }) => {
      if (!session) throw new Error('signed in expected');
      const [demo] = (await apiGet<ApiPage<CourseSummary>>(request, session, '/api/courses?q=VSAC-GRT')).items;
      const course = await apiGet<Course>(request, session, `/api/courses/${demo.id}`);
      const [first, second] = [...course.modules].sort((a, b) => a.position - b.position);

      await page.goto('/lv/courses');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kursi');
      await expect(page.getByRole('status')).toHaveText(/Atrast/);

      // From the top of the content, by keyboard only: the search box, then the course's link.
      await page.locator('main').focus();
      const search = page.getByRole('main').getByLabel('Meklēt pēc nosaukuma vai apraksta');
      await tabTo(page, search);
      await page.keyboard.type('darbinieku apmacibu');
      await expect(page).toHaveURL(/\/lv\/courses\?q=darbinieku(%20|\+)apmacibu$/);
      await expect(page.getByRole('status')).toHaveText('Atrasts 1 kurss');
      const link = page.locator('li.course').getByRole('link', { name: VSAC_TITLE });
      await tabTo(page, link);
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(new RegExp(`/lv/courses/${demo.id}$`));
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(VSAC_TITLE);
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${VSAC_TITLE.slice(0, 20)}`));
      await expect(page.locator('dl.facts')).toContainText('Jāapmeklē vismaz 75% nodarbību.');
      await expect(page.locator('ol.modules > li')).toHaveCount(course.modules.length);
      // The demo run, with its dates as dd.MM.yyyy and its seats.
      const run = page.locator('ul.runs li.run').filter({ hasText: 'VSAC darbinieku apmācību cikls (tiešsaistē)' });
      await expect(run.locator('time')).toHaveText(/^\d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$/);
      await expect(run).toContainText(/Pieteikušies:\s*\d+ no 50/);

      const firstLink = page.locator('ol.modules').getByRole('link', { name: first.title.lv });
      await tabTo(page, firstLink);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/lv/modules/${first.id}$`));
      await expect(heading).toHaveText(first.title.lv);
      await expect(heading).toBeFocused();
      await expect(page.locator('.content')).not.toBeEmpty();

      // On to the next module, and back to the course, still by keyboard.
      const next = page.getByRole('navigation', { name: 'Kursa moduļi' }).getByRole('link', { name: /^Nākamais:/ });
      await expect(next).toContainText(second.title.lv);
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/lv/modules/${second.id}$`));
      await expect(heading).toHaveText(second.title.lv);
      await expect(heading).toBeFocused();
      const back = page.getByRole('link', { name: `Atpakaļ uz kursu „${VSAC_TITLE}”` });
      await tabTo(page, back);
      await page.keyboard.press('Enter');
      await expect(heading).toHaveText(VSAC_TITLE);
      await expect(heading).toBeFocused();

      // The same in English.
      await page.goto(`/en/courses/${demo.id}`);
      await expect(heading).toHaveText(course.title.en ?? VSAC_TITLE);
      await expect(page.getByRole('heading', { level: 2, name: 'Modules' })).toBeVisible();
    });
  });

  test.describe('a module’s content', () => {
    test('runs no script an author put in the Markdown', async ({ page, request, session }) => {
      if (!session) throw new Error('signed in expected');
      const tag = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      // A draft course of the test's own, so no other test sees the module.
      const course = await apiPost<Course>(request, session, '/api/courses', {
        code: `E2E-XSS-${tag}`.toUpperCase(),
        title: { lv: `E2E drošība ${tag}` },
        audience: 'any',
        plannedHours: 1,
        completionRule: { minAttendancePercent: 0, requireAllRequiredModules: false },
        status: 'draft',
      });
      const markdown = [
        'Droša rindkopa.',
        '',
        '<script>window.__xss=1</script>',
        '',
        '<img src=x onerror="window.__xss=2">',
        '',
        '[x](javascript:window.__xss=3)',
      ].join('\n');
      const module = await apiPost<CourseModule>(request, session, `/api/courses/${course.id}/modules`, {
        title: { lv: `E2E skripts ${tag}` },
        content: { lv: markdown },
      });
      // The server already makes it harmless (as text, or left out) …
      expect(module.contentHtml.lv).not.toMatch(/<script|<[^>]+\son\w+\s*=|href\s*=\s*["']?\s*javascript:/i);

      // … and the reader shows nothing that would run.
      await page.goto(`/lv/modules/${module.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E skripts ${tag}`);
      const content = page.locator('.content');
      await expect(content).toContainText('Droša rindkopa.');
      await expect(content.locator('script')).toHaveCount(0);
      await expect(page.locator('[onerror]')).toHaveCount(0);
      await expect(page.locator('[href^="javascript:" i]')).toHaveCount(0);
      for (const link of await content.locator('a').all()) {
        await link.click({ modifiers: [] }).catch(() => undefined);
      }
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    });
  });
});
