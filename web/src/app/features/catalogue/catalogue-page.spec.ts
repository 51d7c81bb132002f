import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type Me } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { ADMIN, PARTICIPANT } from '../../core/auth/auth.testing';
import { enter, settle, text } from '../../testing/dom.testing';
import {
  flushReferenceData,
  PROVIDER,
} from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';
import {
  MENTOR_COURSE,
  VSAC_COURSE,
  pageOf,
  summaryOf,
} from './catalogue.testing';

const isCoursesRequest = (req: HttpRequest<unknown>) =>
  req.url === API_PATHS.courses;

describe('CataloguePage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;
  let router: Router;

  async function open(url: string, as: Me = PARTICIPANT): Promise<void> {
    ({ page, http } = await openRoute(url, appRoutes, as));
    router = TestBed.inject(Router);
    flushReferenceData(http);
  }

  afterEach(() => http.verify());

  const courseTexts = () =>
    [...page.querySelectorAll('li.course')].map((course) => [
      text(course.querySelector('h2')),
      ...[...course.querySelectorAll('dl div')].map(
        (fact) =>
          `${text(fact.querySelector('dt'))} ${text(fact.querySelector('dd'))}`,
      ),
    ]);

  it('lists the published courses with whom they are for, each linking to its page', async () => {
    await open('/courses');
    expect(text(page.querySelector('h1'))).toBe('Kursi');
    const request = http.expectOne(isCoursesRequest);
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(request.request.params.has('status')).toBe(false);
    request.flush(
      pageOf([
        summaryOf(VSAC_COURSE),
        summaryOf(MENTOR_COURSE, { status: 'published', upcomingRunCount: 0 }),
      ]),
    );
    await settle();

    expect(courseTexts()).toEqual([
      [
        'VSAC darbinieku apmācību cikls',
        'Mērķauditorija: VSAC darbinieki',
        `Nodrošinātājs: ${PROVIDER.name}`,
        'Apjoms: 24 st.',
        'Moduļi: 3',
        'Tuvākie cikli: 1',
      ],
      [
        'Sociālo mentoru apmācības',
        'Mērķauditorija: Sociālie mentori',
        'Apjoms: 40 st.',
        'Moduļi: 0',
        'Tuvākie cikli: 0',
      ],
    ]);
    expect(
      page
        .querySelector('li.course[data-id="course-vsac"] h2 a')
        ?.getAttribute('href'),
    ).toBe('/courses/course-vsac');
    expect(text(page.querySelector('.status[role="status"]'))).toBe(
      'Atrasti 2 kursi',
    );
    // Participants see published courses only: there is nothing to choose.
    expect(page.querySelector('select[name="status"]')).toBeNull();
    expect(page.querySelector('.status-badge')).toBeNull();
  });

  it('labels every filter and puts audience, region and provider in the URL and the request', async () => {
    await open('/courses');
    http.expectOne(isCoursesRequest).flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();

    for (const name of ['q', 'audience', 'region', 'provider']) {
      const field = page.querySelector(`[name="${name}"]`);
      const label = page.querySelector(`label[for="${field?.id}"]`);
      expect(field?.id).toBeTruthy();
      expect(text(label)).not.toBe('');
    }

    enter(page, 'select[name="audience"]', 'vsac_staff');
    await settle();
    expect(router.url).toBe('/courses?audience=vsac_staff');
    const byAudience = http.expectOne(isCoursesRequest);
    expect(byAudience.request.params.get('audience')).toBe('vsac_staff');
    byAudience.flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();

    enter(page, 'select[name="region"]', 'RPR');
    await settle();
    const byRegion = http.expectOne(isCoursesRequest);
    expect(byRegion.request.params.get('regionCode')).toBe('RPR');
    byRegion.flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();

    const providers = [
      ...page.querySelectorAll<HTMLOptionElement>(
        'select[name="provider"] option',
      ),
    ].map((o) => o.value);
    expect(providers).toEqual(['', PROVIDER.id]);
    enter(page, 'select[name="provider"]', PROVIDER.id);
    await settle();
    expect(router.url).toBe(
      `/courses?audience=vsac_staff&region=RPR&provider=${PROVIDER.id}`,
    );
    const all = http.expectOne(isCoursesRequest);
    expect(all.request.params.get('providerOrganisationId')).toBe(PROVIDER.id);
    expect(all.request.params.get('audience')).toBe('vsac_staff');
    all.flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();
    expect(
      page.querySelector<HTMLSelectElement>('select[name="region"]')?.value,
    ).toBe('RPR');
  });

  it('searches the free text after a pause in typing, back on page 1', async () => {
    await open('/courses?page=2');
    const first = http.expectOne(isCoursesRequest);
    expect(first.request.params.get('page')).toBe('2');
    first.flush(pageOf([summaryOf(VSAC_COURSE)], 21, 2));
    await settle();

    enter(page, 'input[name="q"]', 'vsac');
    await settle();
    http.expectNone(isCoursesRequest);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();

    expect(router.url).toBe('/courses?q=vsac');
    const search = http.expectOne(isCoursesRequest);
    expect(search.request.params.get('q')).toBe('vsac');
    expect(search.request.params.get('page')).toBe('1');
    search.flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();
    expect(text(page.querySelector('.status[role="status"]'))).toBe(
      'Atrasts 1 kurss',
    );
  });

  it('pages through a long catalogue with links that keep the filters', async () => {
    await open('/courses?audience=any');
    const items = Array.from({ length: 20 }, (_, i) =>
      summaryOf({ ...VSAC_COURSE, id: `c-${i}` }),
    );
    http.expectOne(isCoursesRequest).flush(pageOf(items, 45));
    await settle();

    const pager = page.querySelector('nav.pager');
    expect(text(pager)).toContain('Rāda 1–20 no 45');
    expect(text(pager)).toContain('Lapa 1 no 3');
    const next = [...(pager?.querySelectorAll('a') ?? [])].find(
      (a) => text(a) === 'Nākamā lapa',
    );
    expect(next?.getAttribute('href')).toBe('/courses?audience=any&page=2');
  });

  it('says when nothing is found and clears the filters', async () => {
    await open('/courses?q=nekas');
    http.expectOne(isCoursesRequest).flush(pageOf([]));
    await settle();

    expect(text(page.querySelector('.empty h2'))).toBe(
      'Neviens kurss netika atrasts',
    );
    expect(text(page.querySelector('.status[role="status"]'))).toBe(
      'Nav atrasts neviens kurss',
    );
    [...page.querySelectorAll<HTMLButtonElement>('.empty button')]
      .find((b) => text(b) === 'Rādīt visus kursus')
      ?.click();
    await settle();
    expect(router.url).toBe('/courses');
    http.expectOne(isCoursesRequest).flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();
    expect(page.querySelector('.empty')).toBeNull();
  });

  it('gives authors a status filter and shows each course’s status; participants cannot ask for one', async () => {
    await open('/courses?status=draft', ADMIN);
    const request = http.expectOne(isCoursesRequest);
    expect(request.request.params.get('status')).toBe('draft');
    request.flush(pageOf([summaryOf(MENTOR_COURSE)]));
    await settle();
    expect(
      page.querySelector<HTMLSelectElement>('select[name="status"]')?.value,
    ).toBe('draft');
    expect(text(page.querySelector('li.course .status-badge'))).toBe(
      'Melnraksts',
    );
    http.verify();
    TestBed.resetTestingModule();

    await open('/courses?status=draft', PARTICIPANT);
    expect(http.expectOne(isCoursesRequest).request.params.has('status')).toBe(
      false,
    );
  });

  it('shows the problem and tries again', async () => {
    await open('/courses');
    http.expectOne(isCoursesRequest).flush(
      {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Boom',
      },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await settle();
    const alert = page.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h2'))).toBe('Kursus neizdevās ielādēt');
    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne(isCoursesRequest).flush(pageOf([summaryOf(VSAC_COURSE)]));
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(page.querySelectorAll('li.course')).toHaveLength(1);
  });
});
