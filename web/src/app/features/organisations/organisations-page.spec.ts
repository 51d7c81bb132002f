import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type Problem } from '@di/contracts';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import organisationsRoutes from './organisations.routes';
import {
  ALL_ORGANISATIONS,
  DAUGAVPILS,
  KALKUNI,
  KALUPE,
  KRASTINI,
  LATGALE,
  TEST_REGIONS,
  flushReferenceData,
  isWholeOrganisationsList,
  pageOf,
} from '../../testing/organisations.testing';

/** A filtered list, which the page asks the API for (the whole list comes from the reference data). */
const isSearch = (req: HttpRequest<unknown>) =>
  req.url === API_PATHS.organisations && !isWholeOrganisationsList(req);

describe('OrganisationsPage', () => {
  let http: HttpTestingController;

  async function open(url: string): Promise<HTMLElement> {
    const opened = await openRoute(url, [
      { path: 'organisations', loadChildren: () => organisationsRoutes },
    ]);
    http = opened.http;
    return opened.page;
  }

  afterEach(() => http.verify());

  it('groups organisations by region and lists branches under their VSAC', async () => {
    const page = await open('/organisations');
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    const request = http.expectOne(isWholeOrganisationsList);
    expect(request.request.params.get('pageSize')).toBe('200');
    request.flush(pageOf(ALL_ORGANISATIONS));
    await settle();
    // The whole list is the reference data every page shares: no second request for it.
    http.expectNone(isSearch);

    const headings = [...page.querySelectorAll('h2')].map(text);
    expect(headings).toEqual([
      'Latgales plānošanas reģions 5 organizācijas',
      'Rīgas plānošanas reģions 2 organizācijas',
    ]);

    const vsac = page.querySelector(`[data-id="${LATGALE.id}"]`);
    expect(vsac?.querySelector('.org__type')?.textContent).toContain(
      'VSAC (valsts sociālās aprūpes centrs)',
    );
    const branchList = vsac?.querySelector('ul');
    expect(branchList?.getAttribute('aria-label')).toBe('Filiāles: Latgale');
    expect(
      [...(branchList?.querySelectorAll('li .org__name') ?? [])].map(text),
    ).toEqual(['Kalkūni', 'Kalupe', 'Krastiņi']);
    expect(text(branchList?.querySelector('li .org__type') ?? null)).toBe(
      'VSAC filiāle',
    );

    // Branches appear only once, nested; Daugavpils and Latgale are the region's top level.
    const lpr = page.querySelector('[data-region="LPR"] > ul');
    expect(
      [...(lpr?.children ?? [])].map((li) => li.getAttribute('data-id')),
    ).toEqual([DAUGAVPILS.id, LATGALE.id]);
    expect(text(page.querySelector('[role="status"]'))).toBe(
      'Atrastas 7 organizācijas',
    );
  });

  it('puts a new type filter in the URL and asks the API for that type only', async () => {
    const page = await open('/organisations?region=LPR');
    flushReferenceData(http);
    const first = http.expectOne(isSearch);
    expect(first.request.params.get('regionCode')).toBe('LPR');
    first.flush(pageOf([DAUGAVPILS, KALKUNI, KALUPE, KRASTINI, LATGALE]));
    await settle();

    const typeSelect = page.querySelector<HTMLSelectElement>(
      'select[name="type"]',
    );
    expect(typeSelect).not.toBeNull();
    if (!typeSelect) return;
    typeSelect.value = 'vsac';
    typeSelect.dispatchEvent(new Event('change'));
    await settle();

    expect(TestBed.inject(Router).url).toBe(
      '/organisations?region=LPR&type=vsac',
    );
    const second = http.expectOne(isSearch);
    expect(second.request.params.get('regionCode')).toBe('LPR');
    expect(second.request.params.get('type')).toBe('vsac');
    second.flush(pageOf([LATGALE]));
    await settle();

    expect(text(page.querySelector('[role="status"]'))).toBe(
      'Atrasta 1 organizācija',
    );
    expect(page.querySelector('select[name="type"]')).toHaveProperty(
      'value',
      'vsac',
    );
  });

  it('says whose branch a branch is when its VSAC was filtered out', async () => {
    const page = await open('/organisations?type=vsac_branch&q=kalk');
    flushReferenceData(http);
    const search = http.expectOne(isSearch);
    expect(search.request.params.get('q')).toBe('kalk');
    search.flush(pageOf([KALKUNI]));
    await settle();

    // The parent is not in the result: its name comes from the whole list, without a request.
    http.expectNone((req) => req.url.startsWith(`${API_PATHS.organisations}/`));

    const branch = page.querySelector(`[data-id="${KALKUNI.id}"]`);
    expect(text(branch?.querySelector('.org__parent') ?? null)).toBe(
      'Galvenā iestāde: Latgale',
    );
  });

  it('says what went wrong in its own words and loads again on retry', async () => {
    const page = await open('/organisations');
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    const problem: Problem = {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The database is not available',
      code: 'DATABASE_UNAVAILABLE',
    };
    http
      .expectOne(isWholeOrganisationsList)
      .flush(problem, { status: 503, statusText: 'Service Unavailable' });
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toContain(
      'Datubāze pašlaik nav pieejama. Pēc brīža mēģiniet vēlreiz.',
    );
    expect(text(alert)).not.toContain('The database');
    const retry = alert?.querySelector('button');
    expect(text(retry ?? null)).toBe('Mēģināt vēlreiz');

    retry?.click();
    await settle();
    http.expectOne(isWholeOrganisationsList).flush(pageOf([LATGALE]));
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(page.querySelector(`[data-id="${LATGALE.id}"]`)).not.toBeNull();
  });

  it('shows an empty state when nothing matches', async () => {
    const page = await open('/organisations?q=zzz');
    flushReferenceData(http);
    http.expectOne(isSearch).flush(pageOf([]));
    await settle();

    expect(text(page.querySelector('h2'))).toBe('Nekas netika atrasts');
    expect(text(page.querySelector('[role="status"]'))).toBe(
      'Nav atrasta neviena organizācija',
    );
  });

  it('searches after the user pauses typing', async () => {
    const page = await open('/organisations');
    flushReferenceData(http);
    await settle();

    const search = page.querySelector<HTMLInputElement>('input[name="q"]');
    if (!search) throw new Error('no search box');
    search.value = 'kal';
    search.dispatchEvent(new Event('input'));
    await settle();
    http.expectNone(isSearch);

    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisations?q=kal');
    http
      .expectOne((req) => isSearch(req) && req.params.get('q') === 'kal')
      .flush(pageOf([KALUPE]));
    await settle();

    expect(search.value).toBe('kal');
    expect(text(page.querySelector(`[data-id="${KALUPE.id}"]`))).toContain(
      'Galvenā iestāde: Latgale',
    );
  });
});
