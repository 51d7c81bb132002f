import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * How long after a navigation the page's content may still be arriving (a person's page shows a
 * loading heading until its data is there); meanwhile focus follows the page's h1.
 */
export const FOLLOW_HEADING_MS = 10_000;

/**
 * After moving to another page, put keyboard and screen-reader focus on the page's h1 (or on
 * `main`), as a full page load would put the reader at the start. The first load and changes of
 * only the query (filters) leave focus alone, so typing in a filter is never interrupted.
 *
 * Pages that load their content show a heading first and may replace it (the loading heading by
 * the person's name): while the content settles, focus that the page took away (left on `body`)
 * or left on `main` goes to the h1 that is there now. It stops at the next navigation, when the
 * person clicks, or after `FOLLOW_HEADING_MS`. Call in an injection context.
 */
export function focusContentAfterNavigation(
  main: () => HTMLElement | undefined,
): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let previousPath: string | undefined;
  let stopFollowing: (() => void) | undefined;

  inject(DestroyRef).onDestroy(() => stopFollowing?.());

  router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((event) => {
      const path = pathOf(event.urlAfterRedirects);
      const moved = previousPath !== undefined && path !== previousPath;
      previousPath = path;
      stopFollowing?.();
      stopFollowing = undefined;
      if (moved) {
        afterNextRender(
          () => {
            const element = main();
            if (element) {
              focusHeadingIn(element);
              stopFollowing = followHeading(element);
            }
          },
          { injector },
        );
      }
    });
}

function focusHeadingIn(main: HTMLElement): void {
  const target = main.querySelector<HTMLElement>('h1') ?? main;
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus({ preventScroll: target === main });
}

/** Keeps focus on the heading while the page's content changes under it; returns how to stop. */
function followHeading(main: HTMLElement): () => void {
  const document = main.ownerDocument;
  const view = document.defaultView;
  if (!view || typeof view.MutationObserver === 'undefined') {
    return () => undefined;
  }
  const refocus = () => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active === main;
    const heading = main.querySelector<HTMLElement>('h1');
    if (lost && heading && active !== heading) {
      focusHeadingIn(main);
    }
  };
  const observer = new view.MutationObserver(refocus);
  observer.observe(main, { childList: true, subtree: true });
  const timer = view.setTimeout(() => stop(), FOLLOW_HEADING_MS);
  const stop = () => {
    observer.disconnect();
    view.clearTimeout(timer);
    document.removeEventListener('pointerdown', stop, true);
  };
  // A click elsewhere is the person's own choice of where to be.
  document.addEventListener('pointerdown', stop, true);
  return stop;
}

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}
