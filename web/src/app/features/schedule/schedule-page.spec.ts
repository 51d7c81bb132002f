import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { API_PATHS, type CourseRun, type TrainingSession } from '@di/contracts';
import { TRAINER } from '../../core/auth/auth.testing';
import { enter, settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { appRoutes } from '../../app.routes';

const RUN: CourseRun = {
  id: 'run-1',
  courseId: 'course-1',
  projectId: null,
  title: { lv: 'VSAC cikls', en: 'VSAC cycle' },
  regionCode: 'RPR',
  organiserOrganisationId: null,
  startsOn: '2026-12-04',
  endsOn: '2027-01-31',
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  capacity: 50,
  requiresApproval: false,
  waitlistAllowed: true,
  promotionOfferHours: null,
  trainerIds: [TRAINER.id],
  onlineAttendanceMinMinutes: 120,
  status: 'open',
  enrolledCount: 3,
  version: 1,
};

const SESSION: TrainingSession = {
  id: 's-1',
  runId: 'run-1',
  seriesId: null,
  title: null,
  startsAt: '2026-12-04T08:00:00Z',
  endsAt: '2026-12-04T11:00:00Z',
  mode: 'online',
  meetingUrl: 'https://meet.example.invalid/vsac',
  venue: null,
  address: null,
  trainerIds: [TRAINER.id],
  capacity: null,
  moduleId: null,
  status: 'scheduled',
  cancellationReason: null,
  sequence: 0,
  version: 1,
};

async function open() {
  const opened = await openRoute('/runs/run-1/schedule', appRoutes, TRAINER);
  opened.http.expectOne(API_PATHS.run('run-1')).flush(RUN);
  opened.http.expectOne(API_PATHS.runSessions('run-1')).flush({ items: [SESSION] });
  await settle();
  opened.http.match(API_PATHS.course('course-1')).forEach((request) => request.flush({ modules: [] }));
  await settle();
  return opened;
}

describe('SchedulePage', () => {

  it('lists the sessions in Riga time, 24-hour', async () => {
    const { page } = await open();
    expect(text(page.querySelector('h1'))).toContain('VSAC cikls');
    const row = page.querySelector('tr[data-session="s-1"]');
    expect(text(row)).toContain('04.12.2026 10:00–13:00');
    expect(text(row)).toContain('piektdiena');
    expect(text(row)).toContain('Demo Pasniedzējs');
  });

  it('says the series in words and sends Riga wall-clock times', async () => {
    const { page, http } = await open();
    enter(page, '#session-date', '04.12.2026');
    enter(page, '#session-start', '14:00');
    enter(page, '#session-end', '15:30');
    enter(page, '#session-meetingUrl', 'https://meet.example.invalid/x');
    const weekly = page.querySelector<HTMLInputElement>('mat-radio-button[value="weekly"] input');
    weekly?.click();
    await settle();
    enter(page, '#session-count', '8');
    await settle();
    expect(text(page.querySelector('[data-testid="series-summary"]'))).toBe('katru piektdienu, 8 reizes');
    page.querySelector<HTMLButtonElement>('app-session-form button[type="submit"]')?.click();
    await settle();
    const request = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.runSessions('run-1'));
    expect(request.request.body).toMatchObject({
      startsAtLocal: '2026-12-04T14:00',
      endsAtLocal: '2026-12-04T15:30',
      mode: 'online',
      trainerIds: [TRAINER.id],
      recurrence: { frequency: 'weekly', interval: 1, weekdays: [5], count: 8 },
    });
  });

  it('names the other session of a trainer conflict', async () => {
    const { page, http } = await open();
    enter(page, '#session-date', '11.12.2026');
    enter(page, '#session-start', '10:00');
    enter(page, '#session-end', '11:00');
    enter(page, '#session-meetingUrl', 'https://meet.example.invalid/x');
    page.querySelector<HTMLButtonElement>('app-session-form button[type="submit"]')?.click();
    await settle();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'busy',
          code: 'TRAINER_CONFLICT',
          otherSession: { id: 's-9', startsAt: '2026-12-11T08:00:00Z', endsAt: '2026-12-11T11:00:00Z', runTitle: { lv: 'Cits cikls' } },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const alert = page.querySelector('[data-problem="trainer-conflict"]');
    expect(text(alert)).toContain('Cits cikls');
    expect(text(alert)).toContain('11.12.2026 10:00–13:00');
  });

  async function fillOne(page: HTMLElement) {
    enter(page, '#session-date', '11.12.2026');
    enter(page, '#session-start', '14:00');
    enter(page, '#session-end', '15:00');
    enter(page, '#session-meetingUrl', 'https://meet.example.invalid/x');
    page.querySelector<HTMLButtonElement>('app-session-form button[type="submit"]')?.click();
    await settle();
  }

  it('warns of a taken venue and saves anyway when asked', async () => {
    const { page, http } = await open();
    await fillOne(page);
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'venue', code: 'VENUE_CLASH', otherSession: { id: 's-8', startsAt: '2026-12-11T12:00:00Z', endsAt: '2026-12-11T13:00:00Z', venue: 'Zāle 1' } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const warning = page.querySelector('[data-problem="venue-clash"]');
    expect(text(warning)).toContain('Zāle 1');
    warning?.querySelector<HTMLButtonElement>('button')?.click();
    await settle();
    const again = http.expectOne((r) => r.method === 'POST');
    expect(again.request.body.allowVenueClash).toBe(true);
    again.flush({ items: [SESSION] }, { status: 201, statusText: 'Created' });
    await settle();
    http.expectOne(API_PATHS.runSessions('run-1')).flush({ items: [SESSION] });
    await settle();
    expect(text(page.querySelector('.outcome'))).toBe('Pievienota 1 nodarbība.');
  });

  it('puts a 400 next to the field it names (the spring-forward gap)', async () => {
    const { page, http } = await open();
    await fillOne(page);
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { type: 'about:blank', title: 'Bad', status: 400, detail: 'bad', code: 'INVALID_INPUT', errors: [{ field: 'startsAtLocal', message: 'startsAtLocal does not exist in Europe/Riga' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    const start = page.querySelector('#session-start');
    expect(start?.getAttribute('aria-invalid')).toBe('true');
    expect(page.ownerDocument.activeElement).toBe(start);
  });

  it('refuses the spring-forward hour before sending', async () => {
    const { page, http } = await open();
    enter(page, '#session-date', '28.03.2027');
    enter(page, '#session-start', '03:30');
    enter(page, '#session-end', '05:00');
    enter(page, '#session-meetingUrl', 'https://meet.example.invalid/x');
    page.querySelector<HTMLButtonElement>('app-session-form button[type="submit"]')?.click();
    await settle();
    http.expectNone((r) => r.method === 'POST');
    expect(text(page.querySelector('app-session-form'))).toContain('Šis laiks Rīgā neeksistē');
  });

  it('reschedules this and the following sessions in a dialog, then gives focus back', async () => {
    const inSeries = { ...SESSION, seriesId: 'series-1' };
    // Without the exit animation, which jsdom never ends, the dialog closes at once.
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const opened = await openRoute('/runs/run-1/schedule', appRoutes, TRAINER);
    const { page, http } = opened;
    http.expectOne(API_PATHS.run('run-1')).flush(RUN);
    http.expectOne(API_PATHS.runSessions('run-1')).flush({ items: [inSeries] });
    await settle();
    http.match(API_PATHS.course('course-1')).forEach((request) => request.flush({ modules: [] }));
    await settle();
    const button = [...page.querySelectorAll<HTMLButtonElement>('tr[data-session="s-1"] button')].find((b) => text(b).startsWith('Mainīt laiku'));
    button?.focus();
    button?.click();
    await settle();
    const dialog = page.ownerDocument.querySelector('app-reschedule-dialog') as HTMLElement;
    expect(dialog.querySelector<HTMLInputElement>('#reschedule-date')?.value).toBe('04.12.2026');
    expect(dialog.querySelector<HTMLInputElement>('#reschedule-start')?.value).toBe('10:00');
    enter(dialog, '#reschedule-start', '11:00');
    enter(dialog, '#reschedule-end', '14:00');
    dialog.querySelector<HTMLInputElement>('mat-radio-button[value="following"] input')?.click();
    await settle();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.session('s-1'));
    expect(patch.request.body).toEqual({ startsAtLocal: '2026-12-04T11:00', endsAtLocal: '2026-12-04T14:00', scope: 'following', version: 1 });
    patch.flush({ items: [inSeries] });
    await settle(6);
    http.match(API_PATHS.runSessions('run-1')).forEach((request) => request.flush({ items: [inSeries] }));
    await settle(6);
    expect(page.ownerDocument.querySelector('app-reschedule-dialog')).toBeNull();
    expect(text(page.querySelector('.outcome'))).toContain('Nodarbības laiks mainīts');
    expect(page.ownerDocument.activeElement).toBe(button);
  });
});
