import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API_PATHS } from '@di/contracts';
import { COORDINATOR } from '../../core/auth/auth.testing';
import { appRoutes } from '../../app.routes';
import { enter, settle, text } from '../../testing/dom.testing';
import { enrolment } from '../../testing/enrolments.testing';
import { pageOf } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';

const LIGA = enrolment({ id: 'e-liga', fullName: 'Līga Ozola', status: 'requested', runId: 'run-1' });
const PETERIS = enrolment({ id: 'e-peteris', fullName: 'Pēteris Bērziņš', status: 'requested', runId: 'run-2' });
const RUNS: Record<string, { lv: string }> = { [API_PATHS.run('run-1')]: { lv: 'Latgales cikls' }, [API_PATHS.run('run-2')]: { lv: 'Pavasara cikls' } };

function answer(http: HttpTestingController, items = [LIGA, PETERIS]): void {
  for (const request of http.match((r) => r.method === 'GET')) {
    const url = request.request.url;
    if (url === API_PATHS.enrolments) request.flush(pageOf(items, 30, 1, 25));
    else if (RUNS[url]) request.flush({ id: url.split('/').pop(), title: RUNS[url] });
  }
}

async function open() {
  TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  const opened = await openRoute('/enrolment-requests', appRoutes, COORDINATOR);
  for (let round = 0; round < 2; round++) {
    answer(opened.http);
    await settle();
  }
  return opened;
}

const button = (root: ParentNode, label: string) => [...root.querySelectorAll('button')].find((candidate) => text(candidate) === label);
const checkbox = (root: ParentNode, name: string) => [...root.querySelectorAll('tbody mat-checkbox')].find((box) => text(box) === name)?.querySelector('input');

describe('PendingRequestsPage', () => {
  it('lists the requests with their runs, a page at a time', async () => {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const { page, http } = await openRoute('/enrolment-requests?page=2', appRoutes, COORDINATOR);
    const request = http.expectOne((r) => r.url === API_PATHS.enrolments);
    expect(request.request.params.get('status')).toBe('requested');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(pageOf([LIGA, PETERIS], 30, 2, 25));
    await settle();
    answer(http);
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Lēmumu gaida 30 pieteikumi');
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));
    expect(rows[0].slice(0, 4)).toEqual(['Līga Ozola', 'dalibnieks@demo.invalid', 'Kalkūni', 'Latgales cikls']);
    expect(rows[1][3]).toBe('Pavasara cikls');
    expect(page.querySelector('a[rel="prev"]')).not.toBeNull();
  });

  it('approves the ticked requests in one decision and shows each outcome', async () => {
    const { page, http } = await open();
    page.querySelector<HTMLInputElement>('.select-page input')?.click();
    await settle();
    expect(text(page.querySelector('.selected-count'))).toBe('Atzīmēti: 2');
    button(page, 'Apstiprināt atzīmētos')?.click();
    const decision = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.enrolmentDecisions);
    expect(decision.request.body).toEqual({ enrolmentIds: ['e-liga', 'e-peteris'], status: 'enrolled' });
    decision.flush({
      results: [
        { enrolmentId: 'e-liga', status: 'waitlisted' },
        { enrolmentId: 'e-peteris', status: 'error', code: 'INVALID_TRANSITION' },
      ],
    });
    await settle();
    answer(http, [PETERIS]);
    await settle();
    const results = [...page.querySelectorAll('[data-testid="decision-results"] tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(results).toEqual([
      ['Līga Ozola', 'Latgales cikls', 'Gaidīšanas sarakstā'],
      ['Pēteris Bērziņš', 'Pavasara cikls', expect.stringContaining('✕ Pieteikuma pašreizējais statuss')],
    ]);
    expect(text(page.querySelector('.outcome [role="status"]'))).toBe('Lēmums pieņemts: izdevās 1, neizdevās 1.');
    expect(page.ownerDocument.activeElement).toBe(page.querySelector('.outcome'));
    expect(text(page.querySelector('.selected-count'))).toBe('Atzīmēti: 1');
  });

  it('rejects the ticked requests with one reason', async () => {
    const { page, http } = await open();
    checkbox(page, 'Pēteris Bērziņš')?.click();
    await settle();
    expect(page.querySelector<HTMLInputElement>('.select-page input')?.indeterminate).toBe(true);
    button(page, 'Noraidīt atzīmētos')?.click();
    await settle();
    const dialog = page.ownerDocument.querySelector('app-reason-dialog') as HTMLElement;
    expect(text(dialog)).toContain('Atzīmēti pieteikumi: 1');
    enter(dialog, '#enrolment-reason', 'Nav vietu šai iestādei');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const decision = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.enrolmentDecisions);
    expect(decision.request.body).toEqual({ enrolmentIds: ['e-peteris'], status: 'rejected', reason: 'Nav vietu šai iestādei' });
    decision.flush({ results: [{ enrolmentId: 'e-peteris', status: 'rejected' }] });
    await settle(6);
    expect(text(page.querySelector('[data-testid="decision-results"] tbody'))).toContain('Pieteikums noraidīts');
  });

  it('says what to do when nothing is ticked, sending nothing', async () => {
    const { page, http } = await open();
    button(page, 'Apstiprināt atzīmētos')?.click();
    await settle();
    expect(http.match((r) => r.method === 'POST')).toHaveLength(0);
    expect(text(page.querySelector('.outcome [role="alert"]'))).toBe('Vispirms atzīmējiet pieteikumus.');
  });
});
