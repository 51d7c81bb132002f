import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { ACTIVE_LOCALE } from './active-locale';

/**
 * Tells the API the interface language (not the browser's), so messages it writes, such as field
 * errors, can come in the language of the page.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) =>
  request.url.startsWith('/api/') && !request.headers.has('Accept-Language')
    ? next(
        request.clone({
          setHeaders: { 'Accept-Language': inject(ACTIVE_LOCALE) },
        }),
      )
    : next(request);
