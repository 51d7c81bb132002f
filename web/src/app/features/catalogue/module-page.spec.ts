import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { API_PATHS, type CourseModule } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { conflict, myEnrolment, progress } from '../../testing/enrolments.testing';
import { pageOf } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';
import { VSAC_COURSE, courseModule } from './catalogue.testing';
import { formatFileSize } from './file-size';

function moduleOfCourse(id: string): CourseModule {
  const found = VSAC_COURSE.modules.find((module) => module.id === id);
  if (!found) throw new Error(`no module ${id}`);
  return found;
}

const INTRO = moduleOfCourse('m-1');
const RISKS = moduleOfCourse('m-2');
const LAST = moduleOfCourse('m-3');

const WITH_EVERYTHING = {
  ...RISKS,
  contentHtml: {
    lv: '<h2>Riski</h2><p>Teksts ar <strong>svarīgo</strong>.</p>',
  },
  links: [{ title: 'Labklājības ministrija', url: 'https://www.lm.gov.lv/' }],
  attachments: [
    {
      id: 'a-1',
      fileName: 'prezentacija.pdf',
      contentType: 'application/pdf',
      sizeBytes: 12_345,
      url: API_PATHS.attachment('a-1'),
    },
  ],
};

describe('formatFileSize', () => {
  it('says sizes in bytes, KB and MB, with the decimal comma in Latvian', () => {
    expect(formatFileSize(512, 'lv')).toBe('512 B');
    expect(formatFileSize(12_345, 'lv')).toBe('12,1 KB');
    expect(formatFileSize(12_345, 'en')).toBe('12.1 KB');
    expect(formatFileSize(3 * 1024 * 1024, 'lv')).toBe('3 MB');
  });
});

describe('ModulePage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(id: string): Promise<void> {
    ({ page, http } = await openRoute(
      `/modules/${id}`,
      appRoutes,
      PARTICIPANT,
    ));
  }

  afterEach(() => {
    // The completion control's look-up of the caller's enrolments, where a test does not care.
    for (const request of http.match((r) => r.url === API_PATHS.meEnrolments)) request.flush(pageOf([]));
    http.verify();
  });

  it('shows the content, links and files, and the way on within the course', async () => {
    await open(RISKS.id);
    expect(text(page.querySelector('h1'))).toBe('Modulis');
    http.expectOne(API_PATHS.module(RISKS.id)).flush(WITH_EVERYTHING);
    await settle();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    await settle();

    expect(text(page.querySelector('h1'))).toBe('Riski un grūtības');
    expect(TestBed.inject(Title).getTitle()).toContain('Riski un grūtības');
    expect(text(page.querySelector('.module-facts'))).toMatch(
      /Modulis 2 no 3\s*90 min\s*Izvēles/,
    );
    expect(page.querySelector('.content')?.innerHTML).toBe(
      '<h2>Riski</h2><p>Teksts ar <strong>svarīgo</strong>.</p>',
    );

    const link = page.querySelector<HTMLAnchorElement>('ul.links a');
    expect(link?.getAttribute('href')).toBe('https://www.lm.gov.lv/');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(text(link)).toBe('Labklājības ministrija (atveras jaunā logā)');

    expect(text(page.querySelector('ul.attachments li'))).toBe(
      'prezentacija.pdf (12,1 KB)',
    );

    const back = page.querySelector('p.back a');
    expect(text(back)).toBe(
      'Atpakaļ uz kursu „VSAC darbinieku apmācību cikls”',
    );
    expect(back?.getAttribute('href')).toBe('/courses/course-vsac');
    const nav = page.querySelector('nav.module-nav');
    expect(nav?.getAttribute('aria-label')).toBe('Kursa moduļi');
    const previous = nav?.querySelector('a[rel="prev"]');
    const next = nav?.querySelector('a[rel="next"]');
    expect(text(previous)).toBe('‹ Iepriekšējais: Ievads');
    expect(previous?.getAttribute('href')).toBe(`/modules/${INTRO.id}`);
    expect(text(next)).toBe('Nākamais: Sadarbība ›');
    expect(next?.getAttribute('href')).toBe(`/modules/${LAST.id}`);
    expect([...page.querySelectorAll('h1, h2')].map((h) => text(h))).toEqual([
      'Riski un grūtības',
      'Riski',
      'Saites',
      'Pielikumi',
    ]);
  });

  it('has no previous module on the first, no next on the last', async () => {
    await open(INTRO.id);
    http.expectOne(API_PATHS.module(INTRO.id)).flush(INTRO);
    await settle();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    await settle();
    expect(page.querySelector('a[rel="prev"]')).toBeNull();
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      `/modules/${RISKS.id}`,
    );
    expect(
      page.querySelector('section[aria-labelledby="module-links-heading"]'),
    ).toBeNull();
    expect(
      page.querySelector(
        'section[aria-labelledby="module-attachments-heading"]',
      ),
    ).toBeNull();
  });

  it('runs no script from the content, even if the server let one through', async () => {
    // Angular's own sanitizer says what it stripped: that is the point here.
    const warned = jest
      .spyOn(console, 'warn')
      .mockImplementation(() => undefined);
    await open(LAST.id);
    http.expectOne(API_PATHS.module(LAST.id)).flush(
      courseModule(LAST.id, 3, {
        contentHtml: {
          lv: '<p>Teksts</p><script>window.__xss=1</script><img src="x" onerror="window.__xss=2"><a href="javascript:window.__xss=3">x</a>',
        },
      }),
    );
    await settle();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    await settle();
    const content = page.querySelector('.content');
    expect(content?.querySelector('script')).toBeNull();
    expect(content?.querySelector('[onerror]')).toBeNull();
    expect(content?.querySelector('a')?.getAttribute('href')).not.toMatch(
      /^javascript:/,
    );
    expect(text(content)).toContain('Teksts');
    expect(warned).toHaveBeenCalledWith(
      expect.stringContaining('sanitizing HTML stripped some content'),
    );
    warned.mockRestore();
  });

  it('downloads a file with the token, and says when it could not', async () => {
    const createObjectURL = jest.fn(() => 'blob:file');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await open(RISKS.id);
    http.expectOne(API_PATHS.module(RISKS.id)).flush(WITH_EVERYTHING);
    await settle();
    http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
    await settle();

    const file = page.querySelector<HTMLAnchorElement>('ul.attachments a');
    file?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true }),
    );
    const download = http.expectOne(API_PATHS.attachment('a-1'));
    expect(download.request.responseType).toBe('blob');
    download.flush(new Blob(['%PDF']));
    await settle();
    expect(createObjectURL).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    clicked.mockRestore();

    file?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true }),
    );
    http
      .expectOne(API_PATHS.attachment('a-1'))
      .flush(new Blob(['{}']), { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain(
      'Failu neizdevās lejupielādēt.',
    );
  });

  it('says when there is no such module', async () => {
    await open('m-missing');
    http.expectOne(API_PATHS.module('m-missing')).flush(
      {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Modulis nav atrasts');
    expect(page.querySelector('a[href="/courses"]')).not.toBeNull();
  });

  describe('the completion control', () => {
    async function openEnrolled(doneModuleIds: string[] = []): Promise<void> {
      await open(INTRO.id);
      http.expectOne(API_PATHS.module(INTRO.id)).flush(INTRO);
      await settle();
      http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
      http
        .expectOne((r) => r.url === API_PATHS.meEnrolments)
        .flush(
          pageOf([
            myEnrolment('other', 'course-other', { progress: progress({ enrolmentId: 'other', doneModuleIds: [INTRO.id] }) }),
            myEnrolment('e-1', VSAC_COURSE.id, { progress: progress({ doneModuleIds, requiredModules: 2, requiredModulesDone: doneModuleIds.length }) }),
          ]),
        );
      await settle();
    }

    const box = () => page.querySelector<HTMLInputElement>('.completion input[type="checkbox"]');

    it('marks the module done and not done again, saying so in a live region', async () => {
      await openEnrolled();
      expect(text(page.querySelector('.completion'))).toContain('Esmu apguvis šo moduli');
      expect(text(page.querySelector('.completion__kind'))).toBe('Obligāts modulis: tas jāapgūst, lai pabeigtu kursu.');
      expect(text(page.querySelector('.completion__summary'))).toBe('Apguve: 0 no 2 obligātajiem moduļiem');
      expect(box()?.checked).toBe(false);

      box()?.click();
      const done = http.expectOne((r) => r.url === API_PATHS.moduleCompletion(INTRO.id));
      expect(done.request.method).toBe('POST');
      done.flush([progress({ doneModuleIds: [INTRO.id], requiredModules: 2, requiredModulesDone: 1 })]);
      await settle();
      expect(box()?.checked).toBe(true);
      expect(text(page.querySelector('.completion [role="status"]'))).toBe('Modulis atzīmēts kā apgūts.');
      expect(text(page.querySelector('.completion__summary'))).toBe('Apguve: 1 no 2 obligātajiem moduļiem');

      box()?.click();
      const undone = http.expectOne((r) => r.url === API_PATHS.moduleCompletion(INTRO.id));
      expect(undone.request.method).toBe('DELETE');
      undone.flush([progress({ doneModuleIds: [], requiredModules: 2 })]);
      await settle();
      expect(box()?.checked).toBe(false);
      expect(text(page.querySelector('.completion [role="status"]'))).toBe('Atzīme noņemta: modulis vairs nav atzīmēts kā apgūts.');
    });

    it('shows a module already done as ticked, and an optional one as such', async () => {
      await open(RISKS.id);
      http.expectOne(API_PATHS.module(RISKS.id)).flush(RISKS);
      await settle();
      http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
      http
        .expectOne((r) => r.url === API_PATHS.meEnrolments)
        .flush(pageOf([myEnrolment('e-1', VSAC_COURSE.id, { progress: progress({ doneModuleIds: [RISKS.id] }) })]));
      await settle();
      expect(box()?.checked).toBe(true);
      expect(text(page.querySelector('.completion__kind'))).toBe('Izvēles modulis: kursa pabeigšanai tas nav obligāts.');
    });

    it('says one must be enrolled when the API answers NOT_ENROLLED, and puts the box back', async () => {
      await openEnrolled();
      box()?.click();
      await settle(); // the answer comes after the box has shown the click
      http.expectOne((r) => r.url === API_PATHS.moduleCompletion(INTRO.id)).flush(conflict('NOT_ENROLLED'), { status: 409, statusText: 'Conflict' });
      await settle();
      expect(box()?.checked).toBe(false);
      expect(text(page.querySelector('.completion [role="alert"]'))).toBe('Moduļus var atzīmēt tikai tie, kam ir vieta kādā šī kursa ciklā.');
    });

    it('is not there for someone without a seat in a run of the course', async () => {
      await open(INTRO.id);
      http.expectOne(API_PATHS.module(INTRO.id)).flush(INTRO);
      await settle();
      http.expectOne(API_PATHS.course(VSAC_COURSE.id)).flush(VSAC_COURSE);
      http
        .expectOne((r) => r.url === API_PATHS.meEnrolments)
        .flush(pageOf([myEnrolment('e-1', VSAC_COURSE.id, { status: 'waitlisted', position: 3 })]));
      await settle();
      expect(page.querySelector('.completion')).toBeNull();
    });
  });
});
