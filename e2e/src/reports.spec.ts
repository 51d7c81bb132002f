import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { expect, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { createProgramme, signInToApi } from './support/programme';

test.describe('reports for a coordinator', () => {
  test.use({ account: 'coordinator' });

  test('filters to Latgale, drills into a VSAC branch, downloads its people as XLSX and the run’s evidence pack, and opens an attendance sheet from it', async ({ page, request }) => {
    test.setTimeout(180_000);
    const tag = `${Date.now().toString(36)}${process.pid}`;
    const programme = await createProgramme(request, `R${tag}`);
    const trainer = await signInToApi(request, programme.trainer.email, programme.trainer.password);
    const [enrolment] = ((await (await request.get(`/api/runs/${programme.run.id}/enrolments`, { headers: { Authorization: `Bearer ${trainer.accessToken}` } })).json()) as { items: { id: string }[] }).items;
    const marked = await request.put(`/api/sessions/${programme.session.id}/attendance`, {
      data: [{ enrolmentId: enrolment.id, status: 'present' }],
      headers: { Authorization: `Bearer ${trainer.accessToken}` },
    });
    expect(marked.status()).toBe(200);

    await page.goto('/lv/reports');
    await expect(page.getByRole('heading', { level: 1, name: 'Pārskati' })).toBeVisible();
    await page.getByLabel('Plānošanas reģions').first().selectOption('LPR');
    await expect(page).toHaveURL(/region=LPR/);
    await page.getByLabel('Kurss').selectOption({ label: programme.course.title.lv });
    await expect(page).toHaveURL(/course=/);
    const table = page.locator('#completion-table');
    await expect(table.getByRole('link', { name: 'Kalupe' })).toBeVisible();
    // A Latgale coordinator never sees a Rīga row.
    await expect(table).not.toContainText('Rīg');
    await expectNoAxeViolations(page);

    await table.getByRole('link', { name: 'Kalupe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kalupe' })).toBeVisible();
    const person = page.getByRole('row', { name: new RegExp(programme.participant.name) });
    await expect(person).toContainText('1 no 1');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Dalībnieku saraksts (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^dalibnieki-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await readFile(await xlsx.path())).buffer);
    const names = workbook.worksheets[0].getColumn(1).values.slice(2);
    expect(names).toEqual([programme.participant.name]);

    await person.getByRole('link', { name: programme.run.title.lv }).click();
    const pack = page.getByTestId('evidence-pack');
    await pack.getByRole('button', { name: 'Sagatavot ESF pierādījumu paketi' }).click();
    await expect(pack.getByRole('status')).toContainText('Gatavs', { timeout: 60_000 });
    const [zipDownload] = await Promise.all([page.waitForEvent('download'), pack.getByRole('button', { name: /^Lejupielādēt .*\.zip$/ }).click()]);
    const zip = await JSZip.loadAsync(await readFile(await zipDownload.path()));
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith('apmeklejums/') && name.endsWith('.pdf'));
    expect(sheets).toHaveLength(1);
    const parser = new PDFParse({ data: new Uint8Array(await zip.file(sheets[0])!.async('uint8array')) });
    const { text } = await parser.getText();
    await parser.destroy();
    // The test's long made-up names wrap inside the sheet's columns.
    const unwrapped = text.replace(/\s+/g, '');
    expect(unwrapped).toContain(programme.participant.name.replace(/\s+/g, ''));
    expect(text).toContain(`Norises vieta: E2E zāle R${tag}`);
    expect(text).toContain('Paraksts');
  });
});
