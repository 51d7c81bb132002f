import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { API_PATHS } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import {
  flushReferenceData,
  PROVIDER,
} from '../../testing/organisations.testing';
import { myEnrolment, progress } from '../../testing/enrolments.testing';
import { openRoute } from '../../testing/route.testing';
import { VSAC_COURSE, pageOf, run } from './catalogue.testing';
import { completionRuleText } from './course-page';

const isRunsRequest = (req: HttpRequest<unknown>) =>
  req.url === API_PATHS.courseRuns(VSAC_COURSE.id);

describe('completionRuleText', () => {
  it('puts the rule in words', () => {
    expect(
      completionRuleText({
        minAttendancePercent: 75,
        requireAllRequiredModules: true,
      }),
    ).toEqual([
      'Jāapmeklē vismaz 75% nodarbību.',
      'Jāapgūst visi obligātie moduļi.',
    ]);
    expect(
      completionRuleText({
        minAttendancePercent: 0,
        requireAllRequiredModules: false,
      }),
    ).toEqual(['Īpašu nosacījumu nav.']);
  });
});

describe('CoursePage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(): Promise<void> {
    ({ page, http } = await openRoute(
      `/courses/${VSAC_COURSE.id}`,
      appRoutes,
      PARTICIPANT,
    ));
    flushReferenceData(http);
  }

  afterEach(() => {
    // The look-up of the caller's own progress, where a test does not care.
    for (const request of http.match((r) => r.url === API_PATHS.meEnrolments)) request.flush(pageOf([]));
    http.verify();
  });

  const facts = () =>
    [...page.querySelectorAll('dl.facts div')].map(
      (fact) =>
        `${text(fact.querySelector('dt'))}: ${text(fact.querySelector('dd'))}`,
    );

  it('shows the course, its rule in words and its modules in order', async () => {
    await open();
    expect(text(page.querySelector('h1'))).toBe('Kurss');
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    const runs = http.expectOne(isRunsRequest);
    expect(runs.request.params.get('upcoming')).toBe('true');
    runs.flush(pageOf([]));
    await settle();

    expect(text(page.querySelector('h1'))).toBe(
      'VSAC darbinieku apmācību cikls',
    );
    expect(TestBed.inject(Title).getTitle()).toContain(
      'VSAC darbinieku apmācību cikls',
    );
    expect(text(page.querySelector('.description'))).toBe(
      'Apmācību cikls Valsts sociālās aprūpes centru darbiniekiem.',
    );
    expect(facts()).toEqual([
      'Mērķauditorija: VSAC darbinieki',
      `Nodrošinātājs: ${PROVIDER.name}`,
      'Plānotais apjoms: 24 stundas',
      'Pabeigšanas nosacījumi: Jāapmeklē vismaz 75% nodarbību. Jāapgūst visi obligātie moduļi.',
    ]);
    const modules = [...page.querySelectorAll('ol.modules li')];
    expect(modules.map((li) => text(li))).toEqual([
      'Ievads (45 min, obligāts)',
      'Riski un grūtības (90 min, izvēles)',
      'Sadarbība (obligāts)',
    ]);
    expect(modules[0].querySelector('a')?.getAttribute('href')).toBe(
      '/modules/m-1',
    );
    expect(
      [...page.querySelectorAll('h1, h2, h3')].map((h) => h.tagName),
    ).toEqual(['H1', 'H2', 'H2']);
    expect(text(page.querySelector('.runs__empty'))).toBe(
      'Tuvākajā laikā šim kursam ciklu nav.',
    );
  });

  it('ticks the modules the enrolled caller has done, with the required ones counted', async () => {
    await open();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    http.expectOne(isRunsRequest).flush(pageOf([]));
    http
      .expectOne((r) => r.url === API_PATHS.meEnrolments)
      .flush(pageOf([myEnrolment('e-1', VSAC_COURSE.id, { progress: progress({ doneModuleIds: ['m-1', 'm-2'], requiredModules: 2, requiredModulesDone: 1 }) })]));
    await settle();
    expect(text(page.querySelector('.modules__progress'))).toBe('Apguve: 1 no 2 obligātajiem moduļiem');
    expect([...page.querySelectorAll('ol.modules li .module__done')].map((mark) => text(mark))).toEqual([
      '✓ apgūts',
      '✓ apgūts',
      '○ vēl nav apgūts',
    ]);
  });

  it('shows no checklist to someone not enrolled in a run of the course', async () => {
    await open();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    http.expectOne(isRunsRequest).flush(pageOf([]));
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(pageOf([myEnrolment('e-9', 'course-other')]));
    await settle();
    expect(page.querySelector('.modules__progress')).toBeNull();
    expect(page.querySelector('.module__done')).toBeNull();
  });

  it('lists the upcoming runs with dates, seats and region', async () => {
    await open();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    http.expectOne(isRunsRequest).flush(
      pageOf([
        run('r-2', {
          title: { lv: 'Pavasara cikls' },
          startsOn: '2027-03-02',
          endsOn: '2027-05-31',
          regionCode: 'LPR',
          enrolledCount: 0,
          capacity: 30,
          enrolmentClosesAt: null,
          status: 'planned',
        }),
        run('r-1'),
      ]),
    );
    await settle();

    const runs = [...page.querySelectorAll('ul.runs li.run')];
    expect(runs.map((li) => li.getAttribute('data-id'))).toEqual([
      'r-1',
      'r-2',
    ]);
    expect(text(runs[0].querySelector('h3'))).toBe('VSAC cikls (tiešsaistē)');
    const facts = (li: Element) =>
      [...li.querySelectorAll('dl div')].map(
        (fact) =>
          `${text(fact.querySelector('dt'))} ${text(fact.querySelector('dd'))}`,
      );
    expect(facts(runs[0])).toEqual([
      'Norises laiks: 04.12.2026–29.01.2027',
      'Reģions: Rīgas plānošanas reģions',
      'Pieteikušies: 3 no 50',
      'Statuss: Pieteikšanās atvērta',
      'Pieteikšanās līdz: 03.12.2026 18:00',
    ]);
    expect(facts(runs[1])).toEqual([
      'Norises laiks: 02.03.2027–31.05.2027',
      'Reģions: Latgales plānošanas reģions',
      'Pieteikušies: 0 no 30',
      'Statuss: Plānots',
    ]);
  });

  it('says when the runs could not be loaded, and tries again', async () => {
    await open();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    http
      .expectOne(isRunsRequest)
      .flush(
        { type: 'about:blank', title: 'Error', status: 500 },
        { status: 500, statusText: 'Error' },
      );
    await settle();
    const alert = page.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h2'))).toBe('Ciklus neizdevās ielādēt');
    // The rest of the course is still there.
    expect(page.querySelectorAll('ol.modules li')).toHaveLength(3);
    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne(isRunsRequest).flush(pageOf([run('r-1')]));
    await settle();
    expect(page.querySelectorAll('ul.runs li')).toHaveLength(1);
  });

  it('says when there is no such course', async () => {
    await open();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
      },
      { status: 404, statusText: 'Not Found' },
    );
    http.expectOne(isRunsRequest).flush(
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Kurss nav atrasts');
    expect(page.querySelector('a[href="/courses"]')).not.toBeNull();
  });
});
