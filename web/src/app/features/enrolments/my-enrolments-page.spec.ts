import type { CalendarSession, MyEnrolment } from '@di/contracts';
import { API_PATHS } from '@di/contracts';
import { formatRigaDateTime } from '../../shared/riga-date.pipe';
import { rigaParts } from '../../shared/riga-calendar';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { appRoutes } from '../../app.routes';
import { settle, text } from '../../testing/dom.testing';
import { enrolment, progress } from '../../testing/enrolments.testing';
import { pageOf } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';

const mine = (id: string, title: string, extra: Partial<MyEnrolment> = {}): MyEnrolment => ({
  ...enrolment({ id, runId: `run-${id}` }),
  run: { id: `run-${id}`, courseId: 'course-1', title: { lv: title }, startsOn: '2027-02-01', endsOn: '2027-03-31' },
  progress: progress({ enrolmentId: id }),
  ...extra,
});

const MINUTE = 60_000;

function calendarSession(id: string, runId: string, startsInMinutes: number, extra: Partial<CalendarSession> = {}): CalendarSession {
  const startsAt = new Date(Date.now() + startsInMinutes * MINUTE).toISOString();
  return {
    id,
    runId,
    seriesId: null,
    title: null,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 90 * MINUTE).toISOString(),
    mode: 'in_person',
    meetingUrl: null,
    venue: 'Kalkūnu zāle',
    address: null,
    trainerIds: [],
    capacity: null,
    moduleId: null,
    status: 'scheduled',
    cancellationReason: null,
    sequence: 0,
    version: 1,
    runTitle: { lv: 'Cikls' },
    courseId: 'course-1',
    courseTitle: { lv: 'Kurss' },
    relation: 'participant',
    ...extra,
  };
}

describe('MyEnrolmentsPage', () => {
  it('lists the person’s runs with dates, status, waiting-list place and a seat on offer to accept', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    const request = http.expectOne((r) => r.url === API_PATHS.meEnrolments);
    expect(request.request.params.get('page')).toBe('1');
    request.flush(
      pageOf([
        mine('a', 'Latgales cikls'),
        mine('b', 'Pavasara cikls', { status: 'waitlisted', position: 2 }),
        mine('c', 'Rudens cikls', { status: 'waitlisted', position: 1, offerExpiresAt: '2027-01-20T10:00:00Z', version: 9 }),
      ]),
    );
    await settle();
    const items = [...page.querySelectorAll('li.my-enrolment')];
    expect(items.map((item) => text(item.querySelector('h2')))).toEqual(['Latgales cikls', 'Pavasara cikls', 'Rudens cikls']);
    expect(items[0].querySelector('h2 a')?.getAttribute('href')).toBe('/runs/run-a');
    expect(text(items[0])).toContain('Norises laiks: 01.02.2027–31.03.2027');
    expect(text(items[0].querySelector('.status-badge'))).toBe('Dalība apstiprināta');
    expect(text(items[1])).toContain('Jūsu vieta gaidīšanas sarakstā: 2.');
    expect(text(items[2].querySelector('.enrolment-offer'))).toContain('līdz 20.01.2027 12:00');

    [...items[2].querySelectorAll('button')].find((button) => text(button) === 'Pieņemt vietu')?.click();
    const accept = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('c'));
    expect(accept.request.body).toEqual({ status: 'enrolled', version: 9 });
    accept.flush(enrolment({ id: 'c', status: 'enrolled' }));
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Vieta pieņemta: Rudens cikls.');
    expect(http.match((r) => r.url === API_PATHS.meEnrolments)).toHaveLength(1);
  });

  it('says so when there are none, pointing to the catalogue', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(pageOf([]));
    await settle();
    expect(text(page.querySelector('.empty'))).toContain('Jums vēl nav neviena pieteikuma.');
    expect(page.querySelector('.empty a')?.getAttribute('href')).toBe('/courses');
  });

  it('puts attendance and required modules in words with Latvian plurals, with a bar for attendance', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    const counts = [0, 1, 2, 11, 21];
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(
      pageOf(
        counts.map((count) =>
          mine(`n${count}`, `Cikls ${count}`, {
            progress: progress({
              enrolmentId: `n${count}`,
              sessionsPlanned: count,
              sessionsAttended: Math.min(count, 1),
              requiredModules: count,
              requiredModulesDone: Math.min(count, 1),
            }),
          }),
        ),
      ),
    );
    await settle();
    const items = [...page.querySelectorAll('li.my-enrolment')];
    expect(items.map((item) => text(item.querySelector('.progress__attendance')))).toEqual([
      'Nodarbības vēl nav ieplānotas',
      'Apmeklējums: 1 no 1 nodarbības (vajag 1)',
      'Apmeklējums: 1 no 2 nodarbībām (vajag 2)',
      'Apmeklējums: 1 no 11 nodarbībām (vajag 9)',
      'Apmeklējums: 1 no 21 nodarbības (vajag 17)',
    ]);
    expect(items.map((item) => text(item.querySelector('.progress__modules')))).toEqual([
      'Obligāto moduļu nav',
      'Apguve: 1 no 1 obligātā moduļa',
      'Apguve: 1 no 2 obligātajiem moduļiem',
      'Apguve: 1 no 11 obligātajiem moduļiem',
      'Apguve: 1 no 21 obligātā moduļa',
    ]);
    expect(items[0].querySelector('progress')).toBeNull();
    const bar = items[3].querySelector('progress');
    expect(bar?.getAttribute('max')).toBe('11');
    expect(bar?.getAttribute('value')).toBe('1');
    // Its name is the visible text.
    expect(text(page.querySelector(`#${bar?.getAttribute('aria-labelledby')}`))).toBe('Apmeklējums: 1 no 11 nodarbībām (vajag 9)');
    expect(text(items[3].querySelector('.progress__outcome'))).toBe('Kurss vēl nav pabeigts.');
  });

  it('shows a completed course with its date, the certificate code and link, and downloads the PDF with the token', async () => {
    const createObjectURL = jest.fn(() => 'blob:certificate');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const saved: string[] = [];
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(
      pageOf([
        mine('done', 'Pabeigtais cikls', {
          status: 'completed',
          progress: progress({
            enrolmentId: 'done',
            status: 'completed',
            sessionsPlanned: 5,
            sessionsHeld: 5,
            sessionsAttended: 5,
            requiredModules: 2,
            requiredModulesDone: 2,
            completedAt: '2027-03-31T10:30:00Z',
            certificateCode: 'AB12-CD34-EF56',
          }),
        }),
        mine('open', 'Vēl notiekošais cikls'),
      ]),
    );
    await settle();
    const [done, open] = [...page.querySelectorAll('li.my-enrolment')];
    expect(text(done.querySelector('.progress__outcome'))).toBe('✓ Kurss pabeigts 31.03.2027 13:30');
    expect(text(done.querySelector('.certificate__code'))).toBe('Apliecības kods: AB12-CD34-EF56 (pārbaudīt apliecību)');
    expect(done.querySelector('.certificate__code a')?.getAttribute('href')).toBe('/certificates/AB12-CD34-EF56');
    expect(open.querySelector('.certificate')).toBeNull();

    [...done.querySelectorAll('button')].find((button) => text(button) === 'Lejupielādēt apliecību (PDF)')?.click();
    const download = http.expectOne(API_PATHS.enrolmentCertificate('done'));
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    await settle();
    expect(createObjectURL).toHaveBeenCalled();
    expect(saved).toEqual(['apliecība-AB12-CD34-EF56.pdf']);
    clicked.mockRestore();

    [...done.querySelectorAll('button')].find((button) => text(button) === 'Lejupielādēt apliecību (PDF)')?.click();
    http.expectOne(API_PATHS.enrolmentCertificate('done')).flush(new Blob(['{}']), { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text(done.querySelector('[role="alert"]'))).toContain('Apliecību neizdevās lejupielādēt.');
  });

  it('names each run’s next session in Riga time, with the way to check in at one in person that is about to begin', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(pageOf([mine('a', 'Klātienes cikls'), mine('b', 'Tiešsaistes cikls'), mine('c', 'Gaidīšanas saraksts', { status: 'waitlisted', position: 1 })]));
    const sessions = http.expectOne((r) => r.url === API_PATHS.meSessions);
    expect(sessions.request.params.get('as')).toBe('participant');
    const soon = calendarSession('s-soon', 'run-a', 5);
    const online = calendarSession('s-online', 'run-b', 3 * 24 * 60, { mode: 'online', venue: null, meetingUrl: 'https://meet.example.invalid/x' });
    sessions.flush({
      items: [
        calendarSession('s-over', 'run-a', -200),
        calendarSession('s-cancelled', 'run-b', 60, { status: 'cancelled' }),
        online,
        soon,
        calendarSession('s-later', 'run-a', 7 * 24 * 60),
        calendarSession('s-c', 'run-c', 60),
      ],
    });
    await settle();
    const [a, b, c] = [...page.querySelectorAll('li.my-enrolment')];
    expect(text(a.querySelector('.my-enrolment__next p'))).toBe(
      `Nākamā nodarbība: ${formatRigaDateTime(soon.startsAt)}–${rigaParts(soon.endsAt).time}, klātienē: Kalkūnu zāle`,
    );
    expect(a.querySelector('.my-enrolment__next a')?.getAttribute('href')).toBe('/sessions/s-soon/check-in');
    expect(text(b.querySelector('.my-enrolment__next p'))).toBe(
      `Nākamā nodarbība: ${formatRigaDateTime(online.startsAt)}–${rigaParts(online.endsAt).time}, tiešsaistē`,
    );
    expect(b.querySelector('.my-enrolment__next a')).toBeNull();
    // Only a seat has sessions to go to.
    expect(c.querySelector('.my-enrolment__next')).toBeNull();
    expect(c.querySelector('app-enrolment-progress')).toBeNull();
  });
});
