import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API_PATHS, type CourseRun, type Enrolment, type RunSeats, type SeatReservation, type User } from '@di/contracts';
import { COORDINATOR } from '../../core/auth/auth.testing';
import { appRoutes } from '../../app.routes';
import { enter, settle, text } from '../../testing/dom.testing';
import { conflict, enrolment } from '../../testing/enrolments.testing';
import { ALL_ORGANISATIONS, KALUPE, TEST_REGIONS, pageOf } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';

const RUN = {
  id: 'run-1',
  courseId: 'course-1',
  title: { lv: 'Latgales cikls' },
  regionCode: 'LPR',
  capacity: 2,
  version: 5,
} as CourseRun;

const SEATS: RunSeats = {
  capacity: 2,
  taken: 1,
  held: 0,
  free: 1,
  offered: 0,
  waitlisted: 1,
  requested: 1,
  waitlistAllowed: true,
  promotionOfferHours: null,
  reservations: [],
  version: 5,
};

const ANNA = enrolment({ id: 'e-anna', userId: 'u-anna', fullName: 'Anna Āboliņa', email: 'anna@kalupe.lv', organisationName: 'Kalupe' });
const JURIS = enrolment({ id: 'e-juris', userId: 'u-juris', fullName: 'Juris Ēcis', status: 'waitlisted', position: 1, version: 4 });
const LIGA = enrolment({ id: 'e-liga', userId: 'u-liga', fullName: 'Līga Ozola', status: 'requested', version: 1 });

const person = (id: string, fullName: string): User =>
  ({ id, fullName, email: `${id}@kalupe.lv`, organisationId: KALUPE.id, roles: [{ role: 'participant' }], status: 'active' }) as User;
const STAFF = [person('u-1', 'Aija Kalupe'), person('u-2', 'Baiba Kalupe'), person('u-3', 'Cilda Kalupe')];

const RESERVATION: SeatReservation = { organisationId: KALUPE.id, organisationName: 'Kalupe', seats: 1, taken: 0, releaseAt: '2027-01-10T08:00:00Z', releasedAt: null };

function listOf(request: HttpRequest<unknown>): Enrolment[] {
  switch (request.params.get('status')) {
    case 'enrolled':
      return [ANNA];
    case 'waitlisted':
      return [JURIS];
    default:
      return [LIGA];
  }
}

/** Answers whatever the page has asked for, as the API would. */
function answer(http: HttpTestingController, reservations = [RESERVATION]): void {
  for (const request of http.match(() => true)) {
    const { url, method } = request.request;
    if (method !== 'GET') continue;
    if (url === API_PATHS.run('run-1')) request.flush(RUN);
    else if (url === API_PATHS.runSeats('run-1')) request.flush(SEATS);
    else if (url === API_PATHS.runEnrolments('run-1')) request.flush(pageOf(listOf(request.request), 1, 1, 20));
    else if (url === API_PATHS.users) request.flush(pageOf(STAFF, 3, 1, 25));
    else if (url === API_PATHS.runReservations('run-1')) request.flush(reservations);
    else if (url === API_PATHS.regions) request.flush(TEST_REGIONS);
    else if (url === API_PATHS.organisations) request.flush(pageOf(ALL_ORGANISATIONS));
  }
}

async function open() {
  TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  const opened = await openRoute('/runs/run-1/enrolments', appRoutes, COORDINATOR);
  for (let round = 0; round < 3; round++) {
    answer(opened.http);
    await settle();
  }
  return opened;
}

const list = (page: HTMLElement, status: string) => page.querySelector(`section[data-list="${status}"]`) as HTMLElement;
const buttonNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('button')].find((button) => button.getAttribute('aria-label') === name || text(button) === name);

describe('RunEnrolmentsPage', () => {
  it('shows who has a seat, the waiting list in order and the requests, under their headings', async () => {
    const { page } = await open();
    expect(text(page.querySelector('h1'))).toContain('Latgales cikls');
    expect([...page.querySelectorAll('h2')].map(text)).toEqual(
      expect.arrayContaining(['Vietas', 'Dalībnieki ar vietu', 'Gaidīšanas saraksts', 'Pieteikumi apstiprināšanai', 'Pieteikt darbiniekus', 'Pieteikt no faila', 'Iestādēm rezervētās vietas']),
    );
    expect(text(list(page, 'enrolled').querySelector('tbody tr'))).toContain('Anna Āboliņa');
    const waiting = [...list(page, 'waitlisted').querySelectorAll('tbody tr th, tbody tr td')].map(text);
    expect(waiting.slice(0, 2)).toEqual(['1', 'Juris Ēcis']);
    expect(buttonNamed(list(page, 'requested'), 'Apstiprināt: Līga Ozola')).toBeDefined();
  });

  it('withdraws a person with a reason, and everything is loaded again', async () => {
    const { page, http } = await open();
    buttonNamed(list(page, 'enrolled'), 'Atsaukt dalību: Anna Āboliņa')?.click();
    await settle();
    const dialog = page.ownerDocument.querySelector('app-reason-dialog') as HTMLElement;
    expect(text(dialog)).toContain('Anna Āboliņa, Latgales cikls');
    enter(dialog, '#enrolment-reason', 'Mainīja darbu');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('e-anna'));
    expect(patch.request.body).toEqual({ status: 'withdrawn', reason: 'Mainīja darbu', version: 2 });
    patch.flush({ ...ANNA, status: 'withdrawn' });
    await settle(6);
    expect(text(list(page, 'enrolled').querySelector('[role="status"]'))).toBe('Anna Āboliņa — Dalība atsaukta.');
    // The lists and the seats are asked for again.
    expect(http.match((r) => r.url === API_PATHS.runEnrolments('run-1'))).toHaveLength(3);
    expect(http.match(API_PATHS.runSeats('run-1'))).toHaveLength(1);
  });

  it('gives the first on the waiting list a seat, and approves a request, at their versions', async () => {
    const { page, http } = await open();
    buttonNamed(list(page, 'waitlisted'), 'Piešķirt vietu: Juris Ēcis')?.click();
    const promote = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('e-juris'));
    expect(promote.request.body).toEqual({ status: 'enrolled', version: 4 });
    promote.flush(conflict('RUN_FULL'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(list(page, 'waitlisted').querySelector('[role="alert"]'))).toContain('Juris Ēcis: Brīvu vietu šajā ciklā vairs nav');
    answer(http);
    await settle();
    buttonNamed(list(page, 'requested'), 'Apstiprināt: Līga Ozola')?.click();
    const approve = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('e-liga'));
    expect(approve.request.body).toEqual({ status: 'enrolled', version: 1 });
    approve.flush({ ...LIGA, status: 'waitlisted', position: 2 });
    await settle();
    expect(text(list(page, 'requested').querySelector('[role="status"]'))).toBe('Līga Ozola — Gaidīšanas sarakstā.');
  });

  it('enrols the ticked staff in the order ticked, and shows each person’s outcome', async () => {
    const { page, http } = await open();
    const staff = page.querySelector('app-staff-enrol-section') as HTMLElement;
    expect(text(staff.querySelector('[role="status"]'))).toBe('Atrasti 3 cilvēki');
    enter(staff, '#staff-organisation', KALUPE.id);
    await settle();
    const search = http.expectOne((r) => r.url === API_PATHS.users);
    expect(search.request.params.get('organisationId')).toBe(KALUPE.id);
    expect(search.request.params.get('role')).toBe('participant');
    search.flush(pageOf(STAFF, 3, 1, 25));
    await settle();
    const box = (name: string) => [...staff.querySelectorAll('tbody mat-checkbox')].find((checkbox) => text(checkbox) === name)?.querySelector('input');
    box('Cilda Kalupe')?.click();
    await settle();
    expect(staff.querySelector<HTMLInputElement>('.select-page input')?.indeterminate).toBe(true);
    staff.querySelector<HTMLInputElement>('.select-page input')?.click();
    await settle();
    expect(text(staff.querySelector('.selected-count'))).toBe('Atzīmēti: 3');
    buttonNamed(staff, 'Pieteikt atzīmētos')?.click();
    const bulk = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.runEnrolmentsBulk('run-1'));
    expect(bulk.request.body).toEqual({ userIds: ['u-3', 'u-1', 'u-2'] });
    bulk.flush({
      results: [
        { userId: 'u-3', enrolmentId: 'n-3', status: 'enrolled' },
        { userId: 'u-1', enrolmentId: 'n-1', status: 'waitlisted' },
        { userId: 'u-2', status: 'error', code: 'ALREADY_ENROLLED', message: 'English' },
      ],
    });
    await settle();
    const results = [...staff.querySelectorAll('[data-testid="staff-results"] tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(results).toEqual([
      ['Cilda Kalupe', 'Dalība apstiprināta'],
      ['Aija Kalupe', 'Gaidīšanas sarakstā'],
      ['Baiba Kalupe', '✕ Šim cilvēkam šajā ciklā jau ir pieteikums, vieta vai vieta gaidīšanas sarakstā.'],
    ]);
    expect(text(staff.querySelector('.outcome [role="status"]'))).toBe('Pieteikšana pabeigta: izdevās 2, neizdevās 1.');
    // The one that failed stays ticked.
    expect(text(staff.querySelector('.selected-count'))).toBe('Atzīmēti: 1');
  });

  it('edits the reservations in Riga time and saves them at the run’s version; a stale save says so', async () => {
    const { page, http } = await open();
    const section = page.querySelector('app-reservations-section') as HTMLElement;
    expect(section.querySelector<HTMLSelectElement>('#reservation-organisation-0')?.value).toBe(KALUPE.id);
    expect(section.querySelector<HTMLInputElement>('#reservation-date-0')?.value).toBe('10.01.2027');
    expect(section.querySelector<HTMLInputElement>('#reservation-time-0')?.value).toBe('10:00');
    buttonNamed(section, 'Pievienot iestādi')?.click();
    await settle();
    expect(page.ownerDocument.activeElement?.id).toBe('reservation-organisation-1');
    enter(section, '#reservation-organisation-1', KALUPE.id);
    enter(section, '#reservation-seats-1', '2');
    enter(section, '#reservation-date-1', '01.06.2027');
    enter(section, '#reservation-time-1', '9:30');
    section.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    expect(http.match((r) => r.method === 'PUT')).toHaveLength(0);
    expect(text(section.querySelector('#reservation-organisation-1')?.closest('mat-form-field'))).toContain('Šai iestādei jau ir rinda');
    enter(section, '#reservation-organisation-1', 'branch-krastini');
    section.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === API_PATHS.runReservations('run-1'));
    expect(put.request.headers.get('If-Match')).toBe('"5"');
    expect(put.request.body).toEqual([
      { organisationId: KALUPE.id, seats: 1, releaseAt: '2027-01-10T08:00:00.000Z' },
      // Summer time: 09:30 in Riga is 06:30 UTC.
      { organisationId: 'branch-krastini', seats: 2, releaseAt: '2027-06-01T06:30:00.000Z' },
    ]);
    put.flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'stale', code: 'STALE_UPDATE' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(section.querySelector('[role="alert"]'))).toContain('kāds cits šo ciklu jau mainīja');
    buttonNamed(section, 'Ielādēt jaunākās rezervācijas')?.click();
    await settle();
    answer(http, []);
    await settle();
    expect(section.querySelector('#reservation-organisation-0')).toBeNull();
    expect(text(section)).toContain('Rezervētu vietu nav');
  });
});
