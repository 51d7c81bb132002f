import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_PATHS } from '@di/contracts';
import { settle } from '../../testing/dom.testing';
import {
  ALL_ORGANISATIONS,
  KALKUNI,
  TEST_REGIONS,
  isWholeOrganisationsList,
  pageOf,
} from '../../testing/organisations.testing';
import { ReferenceData } from './reference-data';

describe('ReferenceData', () => {
  let http: HttpTestingController;

  function setUp(locale = 'lv'): void {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  afterEach(() => http.verify());

  it('loads regions and organisations once for everyone who asks', async () => {
    setUp();
    const first = TestBed.inject(ReferenceData);
    await settle();
    expect(first.loading()).toBe(true);
    expect(first.organisationName(KALKUNI.id)).toBe('…');
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    http.expectOne(isWholeOrganisationsList).flush(pageOf(ALL_ORGANISATIONS));
    await settle();

    const second = TestBed.inject(ReferenceData);
    await settle();
    http.expectNone(API_PATHS.regions);
    http.expectNone(isWholeOrganisationsList);
    expect(second.loaded()).toBe(true);
    expect(second.organisations()).toEqual(ALL_ORGANISATIONS);
    expect(second.organisationName(KALKUNI.id)).toBe('Kalkūni');
    expect(second.regionName('LPR')).toBe('Latgales plānošanas reģions');
    expect(second.regionName('KPR')).toBe('KPR');
  });

  it('names regions in the interface language', async () => {
    setUp('en');
    const reference = TestBed.inject(ReferenceData);
    await settle();
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    http.expectOne(isWholeOrganisationsList).flush(pageOf(ALL_ORGANISATIONS));
    await settle();
    expect(reference.regionName('LPR')).toBe('Latgale Planning Region');
    // No English name: the Latvian one.
    expect(reference.regionName('RPR')).toBe('Rīgas plānošanas reģions');
  });

  it('asks again, for what failed only, on reload', async () => {
    setUp();
    const reference = TestBed.inject(ReferenceData);
    await settle();
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    http
      .expectOne(isWholeOrganisationsList)
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await settle();
    expect(reference.error()).toBeDefined();
    expect(reference.loaded()).toBe(false);

    reference.reload();
    await settle();
    http.expectNone(API_PATHS.regions);
    http.expectOne(isWholeOrganisationsList).flush(pageOf(ALL_ORGANISATIONS));
    await settle();
    expect(reference.error()).toBeUndefined();
    expect(reference.loaded()).toBe(true);
  });
});
