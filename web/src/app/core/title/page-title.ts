import { effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { PRODUCT_NAME } from './product-name';

/** "Page · DI mācības", as `AppTitleStrategy` writes a route's title. */
export function fullTitle(pageTitle: string): string {
  return pageTitle ? `${pageTitle} · ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/**
 * For pages whose title is known only once their data is there (a person's name): the tab then
 * says which one it is. Until `title` gives a value the route's own title stays. Call in an
 * injection context.
 */
export function pageTitleFrom(title: () => string | undefined): void {
  const service = inject(Title);
  effect(() => {
    const value = title();
    if (value) {
      service.setTitle(fullTitle(value));
    }
  });
}
