import { API_PATHS, type CourseRun } from '@di/contracts';
import { COORDINATOR, TRAINER } from '../../core/auth/auth.testing';
import { enter, settle, submit, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { appRoutes } from '../../app.routes';

const COURSE = { id: 'course-1', code: 'VSAC-GRT', title: { lv: 'VSAC kurss' }, modules: [] };
const RUN: CourseRun = {
  id: 'run-1',
  courseId: 'course-1',
  projectId: null,
  title: { lv: 'Latgales cikls' },
  regionCode: 'LPR',
  organiserOrganisationId: null,
  startsOn: '2027-02-01',
  endsOn: '2027-03-31',
  enrolmentOpensAt: '2027-01-09T22:00:00.000Z',
  enrolmentClosesAt: '2027-01-24T22:00:00.000Z',
  capacity: 20,
  requiresApproval: false,
  waitlistAllowed: true,
  promotionOfferHours: null,
  trainerIds: [TRAINER.id],
  trainers: [{ id: TRAINER.id, fullName: 'Demo Pasniedzējs' }],
  onlineAttendanceMinMinutes: null,
  status: 'planned',
  enrolledCount: 0,
  version: 4,
};

async function open(url: string) {
  const opened = await openRoute(url, appRoutes, COORDINATOR);
  const answer = () => {
    for (const request of opened.http.match(() => true)) {
      const url = request.request.url;
      if (url === API_PATHS.run('run-1')) request.flush(RUN);
      else if (url === API_PATHS.course('course-1')) request.flush(COURSE);
      else if (url === API_PATHS.regions) request.flush([{ code: 'LPR', name: { lv: 'Latgales plānošanas reģions' } }, { code: 'RPR', name: { lv: 'Rīgas plānošanas reģions' } }]);
      else if (url === API_PATHS.users) request.flush({ items: [{ id: 'u-t2', fullName: 'Otra Pasniedzēja', status: 'active' }], total: 1, page: 1, pageSize: 200 });
      else if (url === API_PATHS.projects) request.flush({ items: [], total: 0, page: 1, pageSize: 200 });
      else request.flush([]);
    }
  };
  for (let round = 0; round < 3; round++) {
    answer();
    await settle();
  }
  return opened;
}

describe('RunFormPage', () => {
  it('creates a run in the coordinator’s own region, with Riga dates and the chosen trainers', async () => {
    const { page, http } = await open('/courses/course-1/runs/new');
    expect(text(page.querySelector('h1'))).toContain('Jauns apmācību cikls');
    expect(page.querySelector<HTMLSelectElement>('#run-regionCode')?.value).toBe('LPR');
    enter(page, '#run-titleLv', 'Pavasara cikls');
    enter(page, '#run-startsOn', '01.04.2027');
    enter(page, '#run-endsOn', '31.05.2027');
    enter(page, '#run-enrolmentClosesOn', '25.03.2027');
    enter(page, '#run-capacity', '25');
    [...page.querySelectorAll('mat-checkbox')].find((box) => text(box).includes('Otra Pasniedzēja'))?.querySelector('input')?.click();
    await settle();
    submit(page, 'form.run-form');
    await settle();
    const request = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.courseRuns('course-1'));
    expect(request.request.body).toMatchObject({
      title: { lv: 'Pavasara cikls' },
      regionCode: 'LPR',
      startsOn: '2027-04-01',
      endsOn: '2027-05-31',
      enrolmentOpensAt: null,
      // The end of the last day, in Riga (summer time from 28 March).
      enrolmentClosesAt: '2027-03-25T22:00:00.000Z',
      capacity: 25,
      trainerIds: ['u-t2'],
    });
  });

  it('keeps a waiting list by default, and sends the hours a freed seat waits for its answer (empty: at once)', async () => {
    const { page, http } = await open('/courses/course-1/runs/new');
    expect(page.querySelector<HTMLInputElement>('#run-waitlistAllowed-input')?.checked).toBe(true);
    enter(page, '#run-titleLv', 'Cikls');
    enter(page, '#run-startsOn', '01.04.2027');
    enter(page, '#run-endsOn', '31.05.2027');
    enter(page, '#run-capacity', '5');
    enter(page, '#run-promotionOfferHours', '400');
    submit(page, 'form.run-form');
    await settle();
    expect(http.match((r) => r.method === 'POST')).toHaveLength(0);
    expect(text(page.querySelector('#run-promotionOfferHours')?.closest('mat-form-field'))).toContain('nav lielāks par 336');
    enter(page, '#run-promotionOfferHours', '48');
    submit(page, 'form.run-form');
    await settle();
    expect(http.expectOne((r) => r.method === 'POST').request.body).toMatchObject({ waitlistAllowed: true, promotionOfferHours: 48 });
  });

  it('refuses an end before the start at the field, sending nothing', async () => {
    const { page, http } = await open('/courses/course-1/runs/new');
    enter(page, '#run-titleLv', 'Cikls');
    enter(page, '#run-startsOn', '01.04.2027');
    enter(page, '#run-endsOn', '01.03.2027');
    enter(page, '#run-capacity', '5');
    submit(page, 'form.run-form');
    await settle();
    expect(http.match((r) => r.method === 'POST')).toHaveLength(0);
    expect(text(page.querySelector('#run-endsOn')?.closest('mat-form-field'))).toContain('Beigu laikam jābūt vēlākam');
  });

  it('edits a run at its version, and explains a stale save', async () => {
    const { page, http } = await open('/runs/run-1/edit');
    expect(page.querySelector<HTMLInputElement>('#run-startsOn')?.value).toBe('01.02.2027');
    expect(page.querySelector<HTMLInputElement>('#run-enrolmentOpensOn')?.value).toBe('10.01.2027');
    expect(page.querySelector<HTMLInputElement>('#run-enrolmentClosesOn')?.value).toBe('24.01.2027');
    enter(page, '#run-capacity', '30');
    submit(page, 'form.run-form');
    await settle();
    const request = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.run('run-1'));
    expect(request.request.body).toMatchObject({ capacity: 30, version: 4, trainerIds: [TRAINER.id], waitlistAllowed: true, promotionOfferHours: null });
    request.flush({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'stale', code: 'STALE_UPDATE' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain('kāds cits šo ciklu jau mainīja');
  });
});
