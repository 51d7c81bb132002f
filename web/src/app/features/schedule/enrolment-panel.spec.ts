import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API_PATHS, type EnrolmentOptions } from '@di/contracts';
import { conflict, enrolment } from '../../testing/enrolments.testing';
import { enter, settle, text } from '../../testing/dom.testing';
import { EnrolmentPanel } from './enrolment-panel';

async function mount(options: EnrolmentOptions) {
  TestBed.configureTestingModule({
    providers: [
      { provide: LOCALE_ID, useValue: 'lv' },
      provideHttpClient(),
      provideHttpClientTesting(),
      // Without the exit animation, which jsdom never ends, a dialog closes at once.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(EnrolmentPanel);
  fixture.componentRef.setInput('runId', 'run-1');
  fixture.componentRef.setInput('runTitle', 'VSAC cikls');
  const changes: unknown[] = [];
  fixture.componentInstance.changed.subscribe(() => changes.push(true));
  await settle();
  http.expectOne(API_PATHS.runEnrolmentOptions('run-1')).flush(options);
  await settle();
  return { panel: fixture.nativeElement as HTMLElement, http, changes };
}

describe('EnrolmentPanel', () => {
  it.each([
    ['enrolled', 'enrol', 'Pieteikties'],
    ['requested', 'request', 'Pieteikt dalību'],
    ['waitlisted', 'waitlist', 'Pierakstīties gaidīšanas sarakstā'],
  ] as const)('for the outcome %s offers “%s”', async (outcome, action, label) => {
    const { panel } = await mount({ enrolment: null, outcome });
    const buttons = panel.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute('data-action')).toBe(action);
    expect(text(buttons[0])).toBe(label);
    // What pressing it gives is said beside it.
    expect(panel.querySelector(`#${buttons[0].getAttribute('aria-describedby')}`)).not.toBeNull();
  });

  it.each([
    ['ENROLMENT_CLOSED', 'Pieteikšanās šim ciklam ir slēgta'],
    ['RUN_NOT_OPEN', 'vēl nav atvērta'],
    ['AUDIENCE_MISMATCH', 'paredzēts citas grupas dalībniekiem'],
    ['RUN_FULL', 'Visas vietas ir aizņemtas, un gaidīšanas saraksta šim ciklam nav'],
    [undefined, 'Šim ciklam jūs pieteikties nevarat'],
  ] as const)('says why not for %s, with nothing to press', async (reason, sentence) => {
    const { panel } = await mount({ enrolment: null, outcome: 'not_possible', reason });
    expect(text(panel.querySelector('[data-testid="enrolment-not-possible"]'))).toContain(sentence);
    expect(panel.querySelectorAll('button')).toHaveLength(0);
  });

  it('enrols, announces the place on the waiting list, moves focus there and loads the options again', async () => {
    const { panel, http, changes } = await mount({ enrolment: null, outcome: 'waitlisted' });
    panel.querySelector<HTMLButtonElement>('button[data-action="waitlist"]')?.click();
    const post = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.runEnrolments('run-1'));
    expect(post.request.body).toEqual({});
    post.flush(enrolment({ status: 'waitlisted', position: 3 }));
    await settle();
    expect(text(panel.querySelector('[role="status"]'))).toBe('Jūs esat gaidīšanas sarakstā, 3. vietā.');
    expect(panel.ownerDocument.activeElement).toBe(panel.querySelector('.outcome'));
    expect(changes).toHaveLength(1);
    http.expectOne(API_PATHS.runEnrolmentOptions('run-1')).flush({ enrolment: enrolment({ status: 'waitlisted', position: 3 }), outcome: 'not_possible', reason: 'ALREADY_ENROLLED' });
    await settle();
    expect(text(panel.querySelector('app-own-enrolment'))).toContain('Jūsu vieta gaidīšanas sarakstā: 3.');
  });

  it('says in the person’s words why enrolling failed', async () => {
    const { panel, http } = await mount({ enrolment: null, outcome: 'enrolled' });
    panel.querySelector<HTMLButtonElement>('button[data-action="enrol"]')?.click();
    http.expectOne((r) => r.method === 'POST').flush(conflict('RUN_FULL'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(panel.querySelector('[role="alert"]'))).toContain('Brīvu vietu šajā ciklā vairs nav');
  });

  it('shows a seat on offer with its deadline in Riga time, and accepts it at the enrolment’s version', async () => {
    const offered = enrolment({ status: 'waitlisted', position: 1, offerExpiresAt: '2026-12-05T10:00:00Z', version: 7 });
    const { panel, http } = await mount({ enrolment: offered, outcome: 'not_possible', reason: 'ALREADY_ENROLLED' });
    expect(text(panel.querySelector('.status-badge'))).toBe('Gaidīšanas sarakstā');
    expect(text(panel.querySelector('.enrolment-offer'))).toContain('līdz 05.12.2026 12:00');
    const accept = [...panel.querySelectorAll('button')].find((button) => text(button) === 'Pieņemt vietu');
    accept?.click();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('e-1'));
    expect(patch.request.body).toEqual({ status: 'enrolled', version: 7 });
    patch.flush({ ...offered, status: 'enrolled', position: null, offerExpiresAt: null, version: 8 });
    await settle();
    expect(text(panel.querySelector('[role="status"]'))).toContain('Vieta pieņemta');
  });

  it('withdraws only with a reason, given in a dialog, then announces it', async () => {
    const { panel, http } = await mount({ enrolment: enrolment(), outcome: 'not_possible', reason: 'ALREADY_ENROLLED' });
    expect(text(panel.querySelector('app-own-enrolment'))).toContain('Jums ir vieta šajā ciklā.');
    [...panel.querySelectorAll('button')].find((button) => text(button) === 'Atteikties')?.click();
    await settle();
    const dialog = panel.ownerDocument.querySelector('app-reason-dialog') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Atteikties no dalības');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(http.match((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(text(dialog.querySelector('mat-error'))).toContain('Aizpildiet šo lauku');
    enter(dialog, '#enrolment-reason', '  Slimības dēļ  ');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('e-1'));
    expect(patch.request.body).toEqual({ status: 'withdrawn', reason: 'Slimības dēļ', version: 2 });
    patch.flush(enrolment({ status: 'withdrawn', reason: 'Slimības dēļ', version: 3 }));
    await settle(6);
    expect(panel.ownerDocument.querySelector('app-reason-dialog')).toBeNull();
    expect(text(panel.querySelector('[role="status"]'))).toBe('Jūs atteicāties no dalības šajā ciklā.');
    expect(panel.ownerDocument.activeElement).toBe(panel.querySelector('.outcome'));
  });
});
