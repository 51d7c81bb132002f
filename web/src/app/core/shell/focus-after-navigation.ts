import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * After moving to another page, put keyboard and screen-reader focus on the page's h1 (or on
 * `main`), as a full page load would put the reader at the start. The first load and changes of
 * only the query (filters) leave focus alone, so typing in a filter is never interrupted.
 * Call in an injection context.
 */
export function focusContentAfterNavigation(
  main: () => HTMLElement | undefined,
): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previousPath: string | undefined;

  router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((event) => {
      const path = pathOf(event.urlAfterRedirects);
      const moved = previousPath !== undefined && path !== previousPath;
      previousPath = path;
      if (moved) {
        afterNextRender(() => focusHeadingIn(main()), { injector });
      }
    });
}

function focusHeadingIn(main: HTMLElement | undefined): void {
  if (!main) {
    return;
  }
  const target = main.querySelector<HTMLElement>('h1') ?? main;
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}
