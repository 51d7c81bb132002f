import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router } from '@angular/router';
import { API_PATHS, type Course } from '@di/contracts';
import { ADMIN } from '../../core/auth/auth.testing';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import { flushReferenceData } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';
import {
  EDITOR_ROUTES,
  INTRO,
  PRACTICE,
  RIGHTS,
  course,
  courseModule,
  problem,
} from './course-editor.testing';
import { inOrder, movedOrder } from './course-modules';

const CONFLICT = { status: 409, statusText: 'Conflict' };

describe('module order', () => {
  it('moves one module by one place, numbering from 1', () => {
    const modules = inOrder([PRACTICE, INTRO, RIGHTS]);
    expect(modules.map((m) => [m.id, m.position])).toEqual([
      ['m-intro', 1],
      ['m-rights', 2],
      ['m-practice', 3],
    ]);
    expect(movedOrder(modules, 2, -1)).toEqual(['m-intro', 'm-practice', 'm-rights']);
    expect(movedOrder(modules, 0, -1)).toBeNull();
    expect(movedOrder(modules, 2, 1)).toBeNull();
  });
});

describe('CourseEditPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(url: string, loaded?: Course): Promise<void> {
    // Without the exit animation, which jsdom never ends, a dialog closes at once.
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    ({ page, http } = await openRoute(url, EDITOR_ROUTES, ADMIN));
    flushReferenceData(http);
    if (loaded) {
      http.expectOne(API_PATHS.course(loaded.id)).flush(loaded);
    }
    await settle();
  }

  const doc = () => page.ownerDocument;
  const button = (name: string, root: ParentNode = page) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      text(b).startsWith(name),
    );
  const liveRegion = () =>
    page.querySelector('.modules__announcement');
  const moduleTitles = () =>
    [...page.querySelectorAll('.modules__title')].map(text);

  afterEach(() => http.verify());

  it('creates a draft course and goes on to its page, where modules are added', async () => {
    await open('/courses/new');
    expect(text(page.querySelector('h1'))).toBe('Jauns kurss');
    enter(page, '#course-code', 'DI-PAMATI');
    enter(page, '#course-title-lv', 'DI pamati');
    enter(page, '#course-title-en', 'DI basics');
    enter(page, '#course-description-lv', '# Par kursu');
    enter(page, '#course-audience', 'social_mentor');
    enter(page, '#course-provider', 'ngo-provider');
    enter(page, '#course-planned-hours', '12');
    await settle();
    submit(page);
    await settle();

    const request = http.expectOne(API_PATHS.courses);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      code: 'DI-PAMATI',
      title: { lv: 'DI pamati', en: 'DI basics' },
      description: { lv: '# Par kursu' },
      audience: 'social_mentor',
      providerOrganisationId: 'ngo-provider',
      plannedHours: 12,
      completionRule: { minAttendancePercent: 80, requireAllRequiredModules: true },
      status: 'draft',
    });
    const created = course({ id: 'c-new', code: 'DI-PAMATI', title: { lv: 'DI pamati' }, modules: [], version: 1 });
    request.flush(created, { status: 201, statusText: 'Created' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/courses/c-new/edit');
    http.expectOne(API_PATHS.course('c-new')).flush(created);
    await settle();
    expect(text(page.ownerDocument.querySelector('h1'))).toBe('Kursa labošana: DI pamati');
    expect(text(doc().querySelector('[role="status"].notice'))).toContain('Kurss izveidots');
    expect(text(doc().querySelector('.modules__empty'))).toBe('Kursam vēl nav moduļu.');
  });

  it('shows the API’s field errors at the fields, and a taken code at the code', async () => {
    await open('/courses/new');
    enter(page, '#course-code', 'VSAC-2026');
    enter(page, '#course-title-lv', 'Kurss');
    enter(page, '#course-audience', 'any');
    enter(page, '#course-planned-hours', '8');
    await settle();
    submit(page);
    await settle();
    http.expectOne(API_PATHS.courses).flush(
      problem({
        status: 400,
        code: 'INVALID_INPUT',
        errors: [{ field: 'title.lv', message: 'title.lv must be shorter than or equal to 200 characters' }],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(describedErrors(page.querySelector('#course-title-lv'))).toBe(
      'title.lv must be shorter than or equal to 200 characters',
    );
    const summary = page.querySelector('app-error-summary .error-summary');
    expect(doc().activeElement).toBe(summary);
    expect(text(summary)).toContain('Nosaukums latviski:');

    // Correcting the field clears the server's error there.
    enter(page, '#course-title-lv', 'Kurss par DI');
    await settle();
    submit(page);
    await settle();
    http.expectOne(API_PATHS.courses).flush(problem({ status: 409, code: 'ALREADY_EXISTS' }), CONFLICT);
    await settle();
    expect(describedErrors(page.querySelector('#course-code'))).toBe(
      'Kurss ar šādu kodu jau ir. Izvēlieties citu kodu.',
    );
  });

  it('lists what to fix before sending anything', async () => {
    await open('/courses/new');
    enter(page, '#course-planned-hours', '0');
    await settle();
    submit(page);
    await settle();
    http.expectNone(API_PATHS.courses);
    const items = [...page.querySelectorAll('app-error-summary li')].map(text);
    expect(items).toEqual([
      'Kursa kods: Aizpildiet šo lauku.',
      'Nosaukums latviski: Aizpildiet šo lauku.',
      'Mērķauditorija: Aizpildiet šo lauku.',
      'Plānotais apjoms (stundas): Ievadiet skaitli, kas nav mazāks par 1.',
    ]);
  });

  it('sends only what changed with the version, and explains a stale save with a reload', async () => {
    await open('/courses/c-vsac/edit', course());
    expect(text(page.querySelector('h1'))).toBe('Kursa labošana: VSAC darbinieku apmācības');
    enter(page, '#course-status', 'published');
    await settle();
    submit(page, 'form.form:not(.modules__add)');
    await settle();
    const request = http.expectOne(API_PATHS.course('c-vsac'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'published', version: 4 });
    request.flush(problem({ status: 409, code: 'STALE_UPDATE' }), CONFLICT);
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Izmaiņas nav saglabātas');
    expect(text(alert)).toContain('kāds cits pa to laiku jau mainīja šo kursu');
    button('Ielādēt jaunākos datus')?.click();
    await settle();
    http
      .expectOne(API_PATHS.course('c-vsac'))
      .flush(course({ title: { lv: 'Jaunais nosaukums' }, version: 5 }));
    await settle();
    expect(page.querySelector<HTMLInputElement>('#course-title-lv')?.value).toBe('Jaunais nosaukums');
    expect(page.querySelector<HTMLSelectElement>('#course-status')?.value).toBe('draft');
    expect(text(page.querySelector('.outcome'))).toContain('Formā ielādēti jaunākie kursa dati');
  });

  it('moves a module with one PUT of the whole new order and the version, and announces its place', async () => {
    await open('/courses/c-vsac/edit', course());
    expect(moduleTitles()).toEqual(['Ievads', 'Cilvēktiesības', 'Prakse']);
    const up = page.querySelector<HTMLButtonElement>('#module-m-practice-up');
    expect(up?.getAttribute('aria-label')).toBe('Uz augšu: Prakse');
    expect(text(up)).toBe('Uz augšu');
    up?.focus();
    up?.click();
    await settle();

    const request = http.expectOne(API_PATHS.courseModuleOrder('c-vsac'));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      moduleIds: ['m-intro', 'm-practice', 'm-rights'],
      version: 4,
    });
    request.flush(
      course({
        modules: [
          { ...INTRO, position: 1 },
          { ...PRACTICE, position: 2 },
          { ...RIGHTS, position: 3 },
        ],
        version: 5,
      }),
    );
    await settle();
    expect(moduleTitles()).toEqual(['Ievads', 'Prakse', 'Cilvēktiesības']);
    expect(text(liveRegion())).toBe('Modulis “Prakse” pārvietots uz 2. vietu no 3.');
    expect(doc().activeElement?.id).toBe('module-m-practice-up');

    // The next move is based on the version the reorder returned.
    page.querySelector<HTMLButtonElement>('#module-m-practice-up')?.click();
    await settle();
    const next = http.expectOne(API_PATHS.courseModuleOrder('c-vsac'));
    expect(next.request.body).toEqual({ moduleIds: ['m-practice', 'm-intro', 'm-rights'], version: 5 });
    next.flush(problem({ status: 409, code: 'STALE_UPDATE' }), CONFLICT);
    await settle();
    expect(text(page.querySelector('.modules__problem [role="alert"]'))).toContain('kāds cits jau mainīja šī kursa moduļus');
    // The first module cannot go further up: nothing is sent.
    http.expectNone(API_PATHS.courseModuleOrder('c-vsac'));
    const first = page.querySelector<HTMLButtonElement>('#module-m-intro-up');
    first?.click();
    await settle();
    expect(first?.getAttribute('aria-disabled')).toBe('true');
  });

  it('adds a module at the end and tells so', async () => {
    await open('/courses/c-vsac/edit', course());
    enter(page, '#add-module-title-lv', 'Noslēgums');
    enter(page, '#add-module-minutes', '30');
    await settle();
    submit(page, 'form.modules__add');
    await settle();
    const request = http.expectOne(API_PATHS.courseModules('c-vsac'));
    expect(request.request.body).toEqual({
      title: { lv: 'Noslēgums' },
      required: true,
      estimatedMinutes: 30,
    });
    request.flush(courseModule({ id: 'm-end', position: 4, title: { lv: 'Noslēgums' } }), {
      status: 201,
      statusText: 'Created',
    });
    await settle();
    expect(moduleTitles()).toEqual(['Ievads', 'Cilvēktiesības', 'Prakse', 'Noslēgums']);
    expect(text(liveRegion())).toBe('Modulis “Noslēgums” pievienots 4. vietā.');
    expect(doc().activeElement?.id).toBe('add-module-title-lv');
    // Ready for the next one, without an error on the emptied title.
    expect(page.querySelector<HTMLInputElement>('#add-module-title-lv')?.value).toBe('');
    expect(describedErrors(page.querySelector('#add-module-title-lv'))).toBe('');

    // The course's version moved on with the new module.
    page.querySelector<HTMLButtonElement>('#module-m-end-up')?.click();
    await settle();
    expect(http.expectOne(API_PATHS.courseModuleOrder('c-vsac')).request.body.version).toBe(5);
  });

  it('confirms a deletion and, for a module in use, explains and offers to retire it', async () => {
    await open('/courses/c-vsac/edit', course({ status: 'published' }));
    page.querySelector<HTMLButtonElement>('#module-m-rights-delete')?.click();
    await settle();
    const dialog = (): ParentNode => doc().querySelector('mat-dialog-container') ?? doc();
    expect(text(doc().querySelector('mat-dialog-container h2'))).toBe('Dzēst moduli?');
    expect(text(doc().querySelector('mat-dialog-container'))).toContain('Modulis “Cilvēktiesības” tiks dzēsts');

    button('Dzēst moduli', dialog())?.click();
    await settle();
    const removal = http.expectOne((r) => r.url === API_PATHS.module('m-rights'));
    expect(removal.request.method).toBe('DELETE');
    expect(removal.request.params.has('retire')).toBe(false);
    removal.flush(problem({ status: 409, code: 'IN_USE' }), CONFLICT);
    await settle();

    const alert = dialog().querySelector('[role="alert"]');
    expect(text(alert)).toContain('obligāts modulis publicētā kursā, kurā jau ir pieteikušies dalībnieki');
    expect(text(alert)).toContain('apguves liecības saglabājas');
    expect(text(alert)).toContain('neskaitās kursa pabeigšanā');
    const retire = button('Izņemt no lietošanas', dialog());
    expect(retire).toBeTruthy();
    retire?.click();
    await settle();
    const retirement = http.expectOne((r) => r.url === API_PATHS.module('m-rights'));
    expect(retirement.request.method).toBe('DELETE');
    expect(retirement.request.params.get('retire')).toBe('true');
    retirement.flush({ outcome: 'retired' });
    await settle(6);

    expect(moduleTitles()).toEqual(['Ievads', 'Prakse']);
    expect(text(liveRegion())).toBe('Modulis “Cilvēktiesības” izņemts no lietošanas.');
  });
});
