import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_PATHS, type Organisation } from '@di/contracts';
import { firstValueFrom } from 'rxjs';
import { OrganisationsApi } from './organisations-api';
import { organisation, pageOf } from '../../testing/organisations.testing';

describe('OrganisationsApi', () => {
  let api: OrganisationsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(OrganisationsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads further pages while the total says there are more', async () => {
    const many: Organisation[] = Array.from({ length: 450 }, (_, index) =>
      organisation(`o${index}`, `Organizācija ${index}`, 'municipality', 'RPR'),
    );
    const result = firstValueFrom(api.all({ regionCode: 'RPR' }));

    const first = http.expectOne((req) => req.url === API_PATHS.organisations);
    expect(first.request.params.get('regionCode')).toBe('RPR');
    expect(first.request.params.has('page')).toBe(false);
    first.flush(pageOf(many.slice(0, 200), 450, 1, 200));

    const rest = http.match((req) => req.url === API_PATHS.organisations);
    expect(rest.map((req) => req.request.params.get('page'))).toEqual([
      '2',
      '3',
    ]);
    rest[0].flush(pageOf(many.slice(200, 400), 450, 2, 200));
    rest[1].flush(pageOf(many.slice(400), 450, 3, 200));

    expect(await result).toEqual(many);
  });

  it('follows the server when it caps the page size', async () => {
    const result = firstValueFrom(api.all({}));
    http
      .expectOne((req) => req.url === API_PATHS.organisations)
      .flush(pageOf([organisation('a', 'A', 'vsac', 'LPR')], 2, 1, 1));
    const second = http.expectOne((req) => req.url === API_PATHS.organisations);
    expect(second.request.params.get('pageSize')).toBe('1');
    expect(second.request.params.get('page')).toBe('2');
    second.flush(pageOf([organisation('b', 'B', 'vsac', 'LPR')], 2, 2, 1));
    expect((await result).map((found) => found.id)).toEqual(['a', 'b']);
  });
});
