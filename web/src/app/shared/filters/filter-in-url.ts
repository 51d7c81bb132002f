import { inject } from '@angular/core';
import { ActivatedRoute, Router, type Params } from '@angular/router';

/** Params that only move through the results, not change what is looked for. */
const NOT_A_FILTER = ['q', 'page'];

/**
 * A list page's way to apply a new filter: into the URL, from which the page reads it back (so
 * Back, reload and shared links keep it). Refining a search (typing on, nothing else changed)
 * replaces the history entry, so Back does not replay every pause in typing; starting or
 * clearing a search, or choosing another filter, adds one. Call in an injection context.
 */
export function filterInUrl<F extends { q?: string }>(options: {
  current: () => F;
  toQueryParams: (filter: F) => Params;
}): (next: F) => void {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const others = (filter: F) =>
    JSON.stringify(
      Object.entries(options.toQueryParams(filter))
        .filter(([key]) => !NOT_A_FILTER.includes(key))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return (next) => {
    const current = options.current();
    const refinesSearch =
      current.q !== undefined &&
      next.q !== undefined &&
      others(current) === others(next);
    void router.navigate([], {
      relativeTo: route,
      queryParams: options.toQueryParams(next),
      replaceUrl: refinesSearch,
    });
  };
}
