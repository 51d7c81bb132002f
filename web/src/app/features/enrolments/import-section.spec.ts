import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_PATHS, type EnrolmentImportResponse, type ImportRowResult } from '@di/contracts';
import { settle, text } from '../../testing/dom.testing';
import { EnrolmentsRevision } from './enrolments-revision';
import { ImportSection } from './import-section';

const ROWS: ImportRowResult[] = [
  { row: 2, status: 'enrolled', message: 'Will be enrolled', email: 'anna@kalupe.lv', fullName: 'Anna Āboliņa', organisationName: 'Kalupe' },
  { row: 3, status: 'created', enrolmentStatus: 'waitlisted', message: 'A new account', email: 'juris@kalupe.lv', fullName: 'Juris Ēcis', organisationName: 'Kalupe' },
];
const BROKEN: ImportRowResult = { row: 4, status: 'error', message: 'Unknown organisation "Kalupē"', email: 'x@kalupe.lv', fullName: 'Ä€boliÅ†Å¡' };

const response = (rows: ImportRowResult[], extra: Partial<EnrolmentImportResponse> = {}): EnrolmentImportResponse => ({
  dryRun: true,
  format: 'csv',
  encoding: 'windows-1257',
  delimiter: ';',
  written: false,
  rows,
  ...extra,
});

async function mount() {
  TestBed.configureTestingModule({
    providers: [{ provide: LOCALE_ID, useValue: 'lv' }, provideHttpClient(), provideHttpClientTesting(), EnrolmentsRevision],
  });
  const fixture = TestBed.createComponent(ImportSection);
  fixture.componentRef.setInput('runId', 'run-1');
  await settle();
  const section = fixture.nativeElement as HTMLElement;
  const file = new File(['email;vārds\n'], 'kalupe.csv', { type: 'text/csv' });
  const input = section.querySelector<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
  await settle();
  return { section, file, http: TestBed.inject(HttpTestingController), revision: TestBed.inject(EnrolmentsRevision) };
}

const button = (root: HTMLElement, label: string) => [...root.querySelectorAll('button')].find((candidate) => text(candidate) === label);

describe('ImportSection', () => {
  it('checks the file without writing: the file as the body with its type, and every row as read', async () => {
    const { section, file, http } = await mount();
    button(section, 'Pārbaudīt')?.click();
    const request = http.expectOne((r) => r.url === API_PATHS.runEnrolmentsImport('run-1'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    expect(request.request.params.get('dryRun')).toBe('true');
    expect(request.request.params.has('partial')).toBe(false);
    request.flush(response([...ROWS, BROKEN]));
    await settle();
    expect(text(section.querySelector('[data-testid="import-format"]'))).toBe('Nolasīts kā: CSV, windows-1257, atdalītājs semikols (;)');
    const rows = [...section.querySelectorAll('[data-testid="import-rows"] tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(rows).toEqual([
      ['2', 'Dalība apstiprināta', 'Anna Āboliņa', 'anna@kalupe.lv', 'Kalupe', 'Will be enrolled'],
      ['3', 'Jauns konts; Gaidīšanas sarakstā', 'Juris Ēcis', 'juris@kalupe.lv', 'Kalupe', 'A new account'],
      ['4', '✕ Kļūda', 'Ä€boliÅ†Å¡', 'x@kalupe.lv', '', 'Unknown organisation "Kalupē"'],
    ]);
    expect(text(section.querySelector('[role="status"]'))).toContain('Derīgās rindas: 2; rindas ar kļūdām: 1');
  });

  it('with errors, offers only the valid rows (partial), and writes them', async () => {
    const { section, http, revision } = await mount();
    button(section, 'Pārbaudīt')?.click();
    http.expectOne(() => true).flush(response([...ROWS, BROKEN]));
    await settle();
    expect(button(section, 'Importēt')).toBeUndefined();
    button(section, 'Importēt derīgās rindas')?.click();
    const request = http.expectOne(() => true);
    expect(request.request.params.get('dryRun')).toBe('false');
    expect(request.request.params.get('partial')).toBe('true');
    request.flush(response([...ROWS, BROKEN], { dryRun: false, written: true }));
    await settle();
    expect(text(section.querySelector('[role="status"]'))).toContain('Imports pabeigts. Ierakstītās rindas: 2.');
    expect(revision.value()).toBe(1);
    expect(button(section, 'Importēt derīgās rindas')).toBeUndefined();
  });

  it('without errors, offers a plain import', async () => {
    const { section, http } = await mount();
    button(section, 'Pārbaudīt')?.click();
    http.expectOne(() => true).flush(response(ROWS));
    await settle();
    expect(button(section, 'Importēt derīgās rindas')).toBeUndefined();
    button(section, 'Importēt')?.click();
    const request = http.expectOne(() => true);
    expect(request.request.params.get('dryRun')).toBe('false');
    expect(request.request.params.has('partial')).toBe(false);
  });

  it('offers no import when no row is valid, and explains an unreadable file', async () => {
    const { section, http } = await mount();
    button(section, 'Pārbaudīt')?.click();
    http.expectOne(() => true).flush(response([BROKEN]));
    await settle();
    expect(button(section, 'Importēt')).toBeUndefined();
    expect(button(section, 'Importēt derīgās rindas')).toBeUndefined();
    expect(text(section)).toContain('Nevienā rindā nav derīgu datu');
    button(section, 'Pārbaudīt')?.click();
    http
      .expectOne(() => true)
      .flush({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x', code: 'UNREADABLE_FILE' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text(section.querySelector('[role="alert"]'))).toContain('Failu neizdevās nolasīt');
    expect(section.querySelector('[data-testid="import-rows"]')).toBeNull();
  });
});
