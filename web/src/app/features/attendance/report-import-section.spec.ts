import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_PATHS, type AttendanceImportResult } from '@di/contracts';
import { enter, settle, text } from '../../testing/dom.testing';
import { entry } from './attendance.testing';
import { ReportImportSection, type ManualMark } from './report-import-section';

const ANNA = entry('e-1', 'Anna Āboliņa');
const JURIS = entry('e-2', 'Juris Ēcis');
const MARTA = entry('e-3', 'Marta Ozola');

const RESULT: AttendanceImportResult = {
  dryRun: true,
  format: 'teams',
  minMinutes: 90,
  matched: [{ enrolmentId: 'e-1', userId: 'u-e-1', fullName: 'Anna Āboliņa', reportName: 'Anna Aboliņa', matchedBy: 'email', minutes: 115, joins: 2, status: 'present' }],
  unmatched: [
    { row: 7, name: 'J. Ēcis (viesis)', minutes: 120 },
    { row: 9, name: 'Tālrunis +371', email: 'nezinams@example.lv', minutes: 30 },
  ],
};

async function mount() {
  TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'lv' }, provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(ReportImportSection);
  fixture.componentRef.setInput('sessionId', 's-1');
  fixture.componentRef.setInput('defaultMinMinutes', 90);
  fixture.componentRef.setInput('roster', [ANNA, JURIS, MARTA]);
  const emitted: ManualMark[][] = [];
  fixture.componentInstance.imported.subscribe((marks) => emitted.push(marks));
  await settle();
  const section = fixture.nativeElement as HTMLElement;
  const file = new File(['Name\tEmail\n'], 'meetingAttendanceReport.csv', { type: 'text/csv' });
  const input = section.querySelector<HTMLInputElement>('#report-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
  await settle();
  return { section, file, emitted, http: TestBed.inject(HttpTestingController) };
}

const button = (root: HTMLElement, label: string) => [...root.querySelectorAll('button')].find((candidate) => text(candidate) === label);
const cells = (table: Element | null) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('th, td')].map(text));

describe('ReportImportSection', () => {
  it('checks the report (the run’s threshold filled in), then shows whom it matched and the rows it could not', async () => {
    const { section, file, http } = await mount();
    expect(section.querySelector<HTMLInputElement>('#report-min-minutes')?.value).toBe('90');
    button(section, 'Pārbaudīt')?.click();
    const request = http.expectOne((r) => r.url === API_PATHS.sessionAttendanceImport('s-1'));
    expect(request.request.method).toBe('POST');
    expect(request.request.params.get('dryRun')).toBe('true');
    expect(request.request.params.get('minMinutes')).toBe('90');
    expect((request.request.body as FormData).get('file')).toEqual(file);
    request.flush(RESULT);
    await settle();
    expect(text(section.querySelector('[data-testid="report-format"]'))).toBe('Nolasīts kā: Microsoft Teams. Klātesošs no 90 minūtēm.');
    expect(cells(section.querySelector('[data-testid="report-matched"]'))).toEqual([['Anna Āboliņa', 'Anna Aboliņa (pēc e-pasta)', '115', '2', 'Klātesošs']]);
    const unmatched = cells(section.querySelector('[data-testid="report-unmatched"]'));
    expect(unmatched.map((row) => row.slice(0, 4))).toEqual([
      ['7', 'J. Ēcis (viesis)', '', '120'],
      ['9', 'Tālrunis +371', 'nezinams@example.lv', '30'],
    ]);
    // Anna is matched already, so she is not offered for the rows left over.
    const options = [...(section.querySelector('#report-pick-7')?.querySelectorAll('option') ?? [])].map(text);
    expect(options).toEqual(['— nesasaistīt —', 'Juris Ēcis', 'Marta Ozola']);
  });

  it('matches rows by hand (present from the threshold, else absent) and saves the report, then hands those marks on', async () => {
    const { section, http, emitted } = await mount();
    enter(section, '#report-min-minutes', '100');
    button(section, 'Pārbaudīt')?.click();
    const check = http.expectOne(() => true);
    expect(check.request.params.get('minMinutes')).toBe('100');
    check.flush({ ...RESULT, minMinutes: 100 });
    await settle();
    enter(section, '#report-pick-7', 'e-2');
    await settle();
    enter(section, '#report-pick-9', 'e-3');
    await settle();
    // A person picked for one row is no longer offered for another.
    expect([...(section.querySelector('#report-pick-9')?.querySelectorAll('option') ?? [])].map(text)).toEqual(['— nesasaistīt —', 'Marta Ozola']);
    expect(cells(section.querySelector('[data-testid="report-unmatched"]')).map((row) => row[5])).toEqual(['Klātesošs', 'Nav ieradies']);

    button(section, 'Saglabāt')?.click();
    const save = http.expectOne(() => true);
    expect(save.request.params.get('dryRun')).toBe('false');
    save.flush({ ...RESULT, dryRun: false, minMinutes: 100 });
    await settle();
    expect(emitted).toEqual([
      [
        { entry: JURIS, status: 'present', minutes: 120 },
        { entry: MARTA, status: 'absent', minutes: 30 },
      ],
    ]);
    expect(text(section.querySelector('[role="status"]'))).toContain('Atzīmēti no atskaites: 1; sasaistīti ar roku: 2.');
  });

  it('says which reports it reads when the file is none of them', async () => {
    const { section, http } = await mount();
    button(section, 'Pārbaudīt')?.click();
    http
      .expectOne(() => true)
      .flush({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x', code: 'UNREADABLE_FILE' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text(section.querySelector('[role="alert"]'))).toContain('Microsoft Teams, Zoom vai Google Meet');
  });
});
