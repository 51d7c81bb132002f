import { TestBed } from '@angular/core/testing';
import { API_PATHS, type CourseRun, type EnrolmentOptions, type RunSeats, type TrainingSession } from '@di/contracts';
import { COORDINATOR, PARTICIPANT, TRAINER } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { appRoutes } from '../../app.routes';

const RUN: CourseRun = {
  id: 'run-1',
  courseId: 'course-1',
  projectId: 'project-1',
  title: { lv: 'VSAC cikls', en: 'VSAC cycle' },
  regionCode: 'RPR',
  organiserOrganisationId: null,
  startsOn: '2026-12-04',
  endsOn: '2027-01-31',
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  capacity: 50,
  requiresApproval: true,
  waitlistAllowed: true,
  promotionOfferHours: null,
  trainerIds: [TRAINER.id],
  trainers: [{ id: TRAINER.id, fullName: 'Demo Pasniedzējs' }],
  onlineAttendanceMinMinutes: 120,
  status: 'open',
  enrolledCount: 3,
  version: 1,
};

const session = (id: string, startsAt: string, endsAt: string, extra: Partial<TrainingSession> = {}): TrainingSession => ({
  id,
  runId: 'run-1',
  seriesId: null,
  title: null,
  startsAt,
  endsAt,
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
  ...extra,
});

const SEATS: RunSeats = {
  capacity: 50,
  taken: 3,
  held: 5,
  free: 42,
  offered: 0,
  waitlisted: 2,
  requested: 1,
  waitlistAllowed: true,
  promotionOfferHours: null,
  reservations: [
    { organisationId: 'branch-kalupe', organisationName: 'Kalupe', seats: 6, taken: 1, releaseAt: '2026-11-30T22:00:00Z', releasedAt: null },
  ],
  version: 1,
};

const OPTIONS: EnrolmentOptions = { enrolment: null, outcome: 'requested' };

async function open(who = PARTICIPANT) {
  const opened = await openRoute('/runs/run-1', appRoutes, who);
  opened.http.expectOne(API_PATHS.run('run-1')).flush(RUN);
  opened.http
    .expectOne(API_PATHS.runSessions('run-1'))
    .flush({
      items: [
        session('s-1', '2026-12-04T08:00:00Z', '2026-12-04T11:00:00Z'),
        session('s-2', '2026-12-11T08:00:00Z', '2026-12-11T11:00:00Z', { status: 'cancelled', cancellationReason: 'Slimība', mode: 'in_person', venue: 'Zāle 1', meetingUrl: null }),
      ],
    });
  await settle();
  opened.http.expectOne(API_PATHS.runSeats('run-1')).flush(SEATS);
  opened.http.expectOne(API_PATHS.runEnrolmentOptions('run-1')).flush(OPTIONS);
  opened.http.match(API_PATHS.project('project-1')).forEach((request) => request.flush({ id: 'project-1', number: '9.2.2.1/15/I/002', title: 'Rīgas DI projekts', regionCode: 'RPR', startsOn: null, endsOn: null, esfPercent: null, version: 1 }));
  opened.http.match(API_PATHS.course('course-1')).forEach((request) => request.flush({ id: 'course-1', title: { lv: 'VSAC kurss' }, modules: [] }));
  opened.http.match(() => true).forEach((request) => request.flush([]));
  await settle();
  return opened;
}

describe('RunPage', () => {
  it('shows the run’s dates, seats, trainers and its sessions in Riga time, a cancelled one with its reason', async () => {
    const { page } = await open();
    expect(text(page.querySelector('h1'))).toContain('VSAC cikls');
    const facts = text(page.querySelector('.run-facts'));
    expect(facts).toContain('04.12.2026–31.01.2027');
    expect(facts).toContain('Demo Pasniedzējs');
    expect(facts).toContain('9.2.2.1/15/I/002 — Rīgas DI projekts');
    expect(text(page.querySelector('[data-session="s-1"]'))).toContain('04.12.2026 10:00–13:00');
    expect(text(page.querySelector('[data-session="s-2"]'))).toContain('Atcelta: Slimība');
    expect(text(page.querySelector('.back'))).toContain('VSAC kurss');
  });

  it('shows the seats, with those held for each facility until their release in Riga time', async () => {
    const { page } = await open();
    const numbers = [...page.querySelectorAll('app-seats-panel dl > div')].map((pair) => `${text(pair.querySelector('dt'))}: ${text(pair.querySelector('dd'))}`);
    expect(numbers).toEqual(['Vietu pavisam: 50', 'Aizņemtas: 3', 'Rezervētas iestādēm: 5', 'Brīvas: 42', 'Gaidīšanas sarakstā: 2']);
    const row = page.querySelector('app-seats-panel tr[data-organisation="branch-kalupe"]');
    expect([...(row?.querySelectorAll('th, td') ?? [])].map(text)).toEqual(['Kalupe', '6', '1', '5', '01.12.2026 00:00']);
    expect(page.querySelector('app-seats-panel caption')).not.toBeNull();
  });

  it('offers the participant to ask for a seat, and links only those who manage enrolments to them', async () => {
    const { page } = await open(PARTICIPANT);
    expect(text(page.querySelector('app-enrolment-panel button[data-action="request"]'))).toBe('Pieteikt dalību');
    expect(page.querySelector('a[href$="/runs/run-1/enrolments"]')).toBeNull();
  });

  it('links a coordinator to the run’s participants', async () => {
    const { page } = await open(COORDINATOR);
    expect(text(page.querySelector('a[href$="/runs/run-1/enrolments"]'))).toBe('Dalībnieki');
  });

  it('does not offer the schedule editor to a participant', async () => {
    expect((await open(PARTICIPANT)).page.querySelector('a[href$="/runs/run-1/schedule"]')).toBeNull();
  });

  it('links a trainer to the schedule editor', async () => {
    expect((await open(TRAINER)).page.querySelector('a[href$="/runs/run-1/schedule"]')).not.toBeNull();
  });

  it('links a trainer to each session’s register and, unless cancelled, its check-in code; a participant to neither', async () => {
    const trainer = (await open(TRAINER)).page;
    expect(text(trainer.querySelector('[data-session="s-1"] a[href$="/sessions/s-1/attendance"]'))).toBe('Apmeklējums: 04.12.2026 10:00–13:00');
    expect(trainer.querySelector('[data-session="s-1"] a[href$="/sessions/s-1/check-in-code"]')).not.toBeNull();
    expect(trainer.querySelector('a[href$="/sessions/s-2/check-in-code"]')).toBeNull();
    TestBed.resetTestingModule();
    expect((await open(PARTICIPANT)).page.querySelector('a[href$="/attendance"]')).toBeNull();
  });
});
