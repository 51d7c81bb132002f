import { Component, Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, provideRouter } from '@angular/router';
import { filterInUrl } from './filter-in-url';

interface Filter {
  q?: string;
  role?: string;
  page?: number;
}

@Component({ template: '' })
class ListStub {}

describe('filterInUrl', () => {
  let current: Filter;
  let apply: (next: Filter) => void;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'users', component: ListStub }])],
    });
    navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    current = {};
    apply = runInInjectionContext(TestBed.inject(Injector), () =>
      filterInUrl<Filter>({
        current: () => current,
        toQueryParams: ({ q, role, page }) => ({
          ...(q ? { q } : {}),
          ...(role ? { role } : {}),
          ...(page ? { page: String(page) } : {}),
        }),
      }),
    );
  });

  function lastNavigation() {
    const [commands, extras] = navigate.mock.calls.at(-1) ?? [];
    return { commands, ...extras };
  }

  it('puts the filter in the URL and adds a history entry for a new search or another filter', () => {
    apply({ q: 'ann' });
    const first = lastNavigation();
    expect(first.relativeTo).toBe(TestBed.inject(ActivatedRoute));
    expect(first.commands).toEqual([]);
    expect(first.queryParams).toEqual({ q: 'ann' });
    expect(first.replaceUrl).toBe(false);
    current = { q: 'ann' };
    apply({ q: 'ann', role: 'trainer' });
    expect(lastNavigation().replaceUrl).toBe(false);
    apply({});
    expect(lastNavigation().replaceUrl).toBe(false);
  });

  it('replaces the entry while the search is refined, also from a later page', () => {
    current = { q: 'an', role: 'trainer', page: 2 };
    apply({ q: 'ann', role: 'trainer' });
    expect(lastNavigation().queryParams).toEqual({ q: 'ann', role: 'trainer' });
    expect(lastNavigation().replaceUrl).toBe(true);
  });
});
