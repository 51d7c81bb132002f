import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type CompletionReport, type CompletionRow, type Page } from '@di/contracts';
import { COORDINATOR } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { flushReferenceData } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';

const KALKUNI_ID = '11111111-1111-4111-8111-111111111111';

function row(overrides: Partial<CompletionRow>): CompletionRow {
  return {
    key: 'LPR',
    label: 'Latgales plānošanas reģions',
    regionCode: 'LPR',
    parentLabel: null,
    requested: 2,
    enrolled: 10,
    waitlisted: 1,
    withdrawn: 1,
    completed: 6,
    notCompleted: 2,
    completionRate: 0.6,
    averageAttendancePercent: 82.5,
    hoursDelivered: 120,
    ...overrides,
  };
}

function report(groupBy: CompletionReport['groupBy'], rows: CompletionRow[]): CompletionReport {
  return { groupBy, rows, totals: { ...rows[0] } };
}

const empty: Page<never> = { items: [], total: 0, page: 1, pageSize: 8 };

describe('ReportsPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(url: string, answer: CompletionReport): Promise<void> {
    ({ page, http } = await openRoute(url, [{ path: 'reports', loadComponent: () => import('./reports-page') }], COORDINATOR));
    flushReferenceData(http);
    const request = http.expectOne((req) => req.url === API_PATHS.reportCompletion);
    request.flush(answer);
    http.expectOne((req) => req.url === API_PATHS.reportAtRisk).flush({ ...empty, total: 3 });
    http.expectOne((req) => req.url === API_PATHS.reportRuns).flush(empty);
    http.match((req) => req.url === API_PATHS.projects || req.url === API_PATHS.courses).forEach((req) => req.flush(empty));
    await settle();
  }

  afterEach(() => http.verify());

  it('starts with the regions, as a chart with a summary and a table to drill into', async () => {
    await open('/reports', report('region', [row({})]));
    expect(page.querySelector('h1')?.textContent).toContain('Pārskati');
    const cells = [...page.querySelectorAll('#completion-table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(text));
    expect(cells).toEqual([['Latgales plānošanas reģions', '10', '1', '1', '6', '2', '60', '82,5', '120']]);
    expect(page.querySelector('#completion-table tbody a')?.getAttribute('href')).toBe('/reports?region=LPR');
    const svg = page.querySelector('app-completion-chart svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toContain('pa plānošanas reģioniem');
    expect(svg?.getAttribute('aria-describedby')).toBe('completion-table-caption');
    expect(text(page.querySelector('.glance'))).toContain('3 dalībnieki var nesasniegt apmeklējuma prasību');
  });

  it('in a region, lists its organisations and leads to their people, keeping the filters in the address', async () => {
    await open('/reports?region=LPR&from=2026-12-01', report('organisation', [row({ key: KALKUNI_ID, label: 'Kalkūni', parentLabel: 'Latgale' })]));
    const link = page.querySelector('#completion-table tbody a');
    expect(text(link)).toBe('Kalkūni');
    expect(link?.getAttribute('href')).toBe(`/reports/people?region=LPR&organisation=${KALKUNI_ID}&from=2026-12-01`);
    expect([...page.querySelectorAll('.trail li')].map(text)).toEqual(['Visi reģioni', 'Latgales plānošanas reģions']);
  });

  it('takes the period as dd.mm.gggg into the address, and says so when it is not a date', async () => {
    await open('/reports', report('region', [row({})]));
    const from = page.querySelector('input[name="from"]') as HTMLInputElement;
    from.value = '31.02.2026';
    from.dispatchEvent(new Event('change'));
    await settle();
    expect(text(page.querySelector('#report-from-hint'))).toBe('Datumu raksta kā dd.mm.gggg');
    from.value = '01.12.2026';
    from.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/reports?from=2026-12-01');
    http.expectOne((req) => req.url === API_PATHS.reportCompletion && req.params.get('from') === '2026-12-01').flush(report('region', [row({})]));
    http.match(() => true).forEach((req) => req.flush(empty));
    await settle();
    expect((page.querySelector('input[name="from"]') as HTMLInputElement).value).toBe('01.12.2026');
  });

  it('downloads the report as XLSX with the same filters', async () => {
    await open('/reports?region=LPR', report('organisation', [row({ key: KALKUNI_ID, label: 'Kalkūni' })]));
    const button = [...page.querySelectorAll('button')].find((b) => text(b) === 'Pārskats (XLSX)') as HTMLButtonElement;
    button.click();
    const request = http.expectOne((req) => req.url === API_PATHS.reportFile('completion.xlsx'));
    expect(request.request.params.get('regionCode')).toBe('LPR');
    expect(request.request.params.get('groupBy')).toBe('organisation');
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    request.flush(new Blob(['x']));
    await settle();
    expect(URL.createObjectURL).toHaveBeenCalled();
  });
});
