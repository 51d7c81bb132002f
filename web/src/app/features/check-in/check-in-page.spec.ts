import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type AttendanceEntry, type TrainingSession } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { describedErrors, enter, settle, submit, text } from '../../testing/dom.testing';
import { conflict } from '../../testing/enrolments.testing';
import { openRoute } from '../../testing/route.testing';
import { codeFromFragment } from './check-in-code';

const SESSION: TrainingSession = {
  id: 's-1',
  runId: 'run-1',
  seriesId: null,
  title: null,
  startsAt: '2026-12-04T08:00:00Z',
  endsAt: '2026-12-04T10:30:00Z',
  mode: 'in_person',
  meetingUrl: null,
  venue: 'Kalkūnu zāle',
  address: 'Kalkūni, Daugavpils novads',
  trainerIds: ['u-trainer'],
  capacity: null,
  moduleId: null,
  status: 'scheduled',
  cancellationReason: null,
  sequence: 0,
  version: 1,
};

const PRESENT: AttendanceEntry = {
  enrolmentId: 'e-1',
  userId: 'u-participant',
  fullName: 'Demo Dalībniece',
  email: 'dalibnieks@demo.invalid',
  organisationName: 'Kalkūni',
  enrolmentStatus: 'enrolled',
  standing: 'enrolled',
  status: 'present',
  minutesAttended: null,
  note: null,
  source: 'check_in',
  markedAt: '2026-12-04T08:05:00Z',
  markedBy: { id: 'u-participant', fullName: 'Demo Dalībniece' },
  version: 1,
};

const codeField = (page: HTMLElement) => page.querySelector<HTMLInputElement>('#check-in-code');

describe('codeFromFragment', () => {
  it('takes six digits from `code=`, nothing else', () => {
    expect(codeFromFragment('code=123456')).toBe('123456');
    expect(codeFromFragment('code=12345')).toBeNull();
    expect(codeFromFragment('code=12a456')).toBeNull();
    expect(codeFromFragment(null)).toBeNull();
  });
});

describe('CheckInPage', () => {
  it('takes the code from the fragment, drops it from the address, posts it and says the person is present', async () => {
    const { page, http } = await openRoute('/sessions/s-1/check-in#code=123456', appRoutes, PARTICIPANT);
    http.expectOne(API_PATHS.session('s-1')).flush(SESSION);
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Atzīmēšanās nodarbībā');
    expect([...page.querySelectorAll('.check-in__session div')].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`)).toEqual([
      'Laiks: 04.12.2026 10:00–12:30',
      'Vieta: Kalkūnu zāle Kalkūni, Daugavpils novads',
    ]);
    const field = codeField(page);
    expect(field?.value).toBe('123456');
    expect(field?.getAttribute('inputmode')).toBe('numeric');
    expect(field?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(page.querySelector(`label[for="check-in-code"]`)).not.toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sessions/s-1/check-in');

    submit(page);
    const request = http.expectOne(API_PATHS.sessionCheckIn('s-1'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ code: '123456' });
    expect(request.request.urlWithParams).toBe(API_PATHS.sessionCheckIn('s-1'));
    request.flush(PRESENT);
    await settle();
    expect(text(page.querySelector('[role="status"] .check-in__present'))).toBe('✓ Jūs esat atzīmēts kā klātesošs.');
    expect(page.querySelector('[role="status"] a')?.getAttribute('href')).toBe('/my-enrolments');
    expect(codeField(page)).toBeNull();
    http.verify();
  });

  it('says what went wrong: a wrong code, too many attempts, no seat', async () => {
    const { page, http } = await openRoute('/sessions/s-1/check-in', appRoutes, PARTICIPANT);
    http.expectOne(API_PATHS.session('s-1')).flush(SESSION);
    await settle();
    expect(codeField(page)?.value).toBe('');

    enter(page, '#check-in-code', '654 321');
    submit(page);
    const wrong = http.expectOne(API_PATHS.sessionCheckIn('s-1'));
    expect(wrong.request.body).toEqual({ code: '654321' });
    wrong.flush(conflict('INVALID_CHECK_IN_CODE'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toBe(
      'Atzīmēties neizdevās. Kods nav pareizs vai vairs nav derīgs. Pārbaudiet kodu, ko rāda pasniedzējs.',
    );

    submit(page);
    http
      .expectOne(API_PATHS.sessionCheckIn('s-1'))
      .flush({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'x', code: 'TOO_MANY_ATTEMPTS' }, { status: 429, statusText: 'Too Many Requests' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain('Pārāk daudz mēģinājumu.');

    submit(page);
    http.expectOne(API_PATHS.sessionCheckIn('s-1')).flush(conflict('NOT_ENROLLED'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain('Jums nav vietas šīs nodarbības ciklā');
    http.verify();
  });

  it('sends nothing until six digits are entered', async () => {
    const { page, http } = await openRoute('/sessions/s-1/check-in', appRoutes, PARTICIPANT);
    http.expectOne(API_PATHS.session('s-1')).flush(SESSION);
    await settle();
    enter(page, '#check-in-code', '12a45');
    submit(page);
    await settle();
    expect(describedErrors(codeField(page))).toBe('Ievadiet sešus ciparus.');
    expect(document.activeElement).toBe(codeField(page));
    http.verify();
  });

  it('still offers the form when the session cannot be read', async () => {
    const { page, http } = await openRoute('/sessions/s-1/check-in#code=123456', appRoutes, PARTICIPANT);
    http.expectOne(API_PATHS.session('s-1')).flush({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(page.querySelector('.check-in__session')).toBeNull();
    expect(codeField(page)?.value).toBe('123456');
  });

  it('sends a visitor to sign in with the way back, code included, in the return address', async () => {
    await openRoute('/sessions/s-1/check-in#code=123456', appRoutes);
    const router = TestBed.inject(Router);
    expect(router.url.startsWith('/sign-in?returnUrl=')).toBe(true);
    expect(router.parseUrl(router.url).queryParams['returnUrl']).toBe('/sessions/s-1/check-in#code=123456');
  });
});
