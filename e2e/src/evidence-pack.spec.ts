import { readFile } from 'node:fs/promises';
import type { Course, CourseRun, Page as ApiPage, TrainingSession } from '@di/contracts';
import JSZip from 'jszip';
import { apiGet, expect, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

test.describe('the ESF evidence pack', () => {
  test.use({ account: 'trainer' });

  test('the demo trainer prepares the demo run’s evidence pack, follows its progress and downloads a ZIP with a sheet per session', async ({ page, request, session }) => {
    test.setTimeout(120_000);
    if (!session) throw new Error('signed in as the trainer');
    const courses = await apiGet<ApiPage<Course>>(request, session, '/api/courses?q=VSAC');
    const course = courses.items.find((item) => item.code === 'VSAC-GRT') ?? courses.items[0];
    const [run] = (await apiGet<{ items: CourseRun[] }>(request, session, `/api/courses/${course.id}/runs`)).items;
    const sessions = (await apiGet<{ items: TrainingSession[] }>(request, session, `/api/runs/${run.id}/sessions`)).items.filter((item) => item.status === 'scheduled');

    await page.goto(`/lv/runs/${run.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('VSAC');
    const panel = page.getByRole('region', { name: 'Pierādījumi un saraksti' });
    await expect(panel.getByRole('button', { name: 'Lejupielādēt dalībnieku sarakstu (XLSX)' })).toBeVisible();
    const pack = panel.getByTestId('evidence-pack');
    const status = pack.getByRole('status');

    // The first look at the file waits until axe has seen the page with the progress shown.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/files/*', async (route) => {
      await held;
      await route.continue();
    });
    await pack.getByRole('button', { name: 'Sagatavot ESF pierādījumu paketi' }).click();
    await expect(status).toHaveText('Gaida rindā…');
    await expect(pack.getByRole('progressbar', { name: 'Gaida rindā…' })).toBeVisible();
    await expectNoAxeViolations(page);
    release();

    await expect(status).toContainText('Gatavs: esf-pieradijumi.zip.', { timeout: 60_000 });
    await expect(pack.getByRole('progressbar')).toHaveCount(0);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), pack.getByRole('button', { name: 'Lejupielādēt esf-pieradijumi.zip' }).click()]);
    expect(download.suggestedFilename()).toBe('esf-pieradijumi.zip');
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith('apmeklejums/') && name.endsWith('.pdf'));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sheets).toHaveLength(sessions.length);
    const first = await zip.file(sheets.sort()[0])?.async('nodebuffer');
    expect(first?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['dalibnieki.xlsx', 'apmeklejuma-vesture.csv']));
  });
});
