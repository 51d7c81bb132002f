import {
  HttpErrorResponse,
  type HttpEvent,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { API_PATHS } from '@di/contracts';
import { Observable, catchError, switchMap, throwError } from 'rxjs';
import { toApiError } from '../api/api-error';
import { AuthSession } from './auth-session';

/** The endpoints that work without an access token; they never get one, nor a retry. */
const TOKENLESS_PATHS: ReadonlySet<string> = new Set([
  API_PATHS.login,
  API_PATHS.refresh,
  API_PATHS.logout,
  API_PATHS.setPassword,
  API_PATHS.passwordResetRequest,
]);

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}

/** Requests to this app's API (same origin, relative `/api/…`) that need the bearer token. */
export function needsAccessToken(url: string): boolean {
  const path = pathOf(url);
  return path.startsWith('/api/') && !TOKENLESS_PATHS.has(path);
}

/**
 * Adds `Authorization: Bearer …` to API requests. A token known to be expired is refreshed first;
 * a 401 leads to one refresh (shared by all requests failing at once) and one retry; if that does
 * not help, the session is over and the person is sent to sign in, coming back here afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!needsAccessToken(request.url)) {
    return next(request);
  }
  const session = inject(AuthSession);

  const send = (token: string | null) =>
    next(
      token
        ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
        : request,
    );

  if (session.tokenNeedsRefresh()) {
    // Timers sleep with the laptop: the token may have lapsed without the background refresh.
    return refreshOrExpire(session).pipe(
      switchMap((token) => giveUpOn401(send(token), session)),
    );
  }

  return send(session.accessToken()).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorised(error)) {
        return throwError(() => error);
      }
      return refreshOrExpire(session, error).pipe(
        switchMap((token) => giveUpOn401(send(token), session)),
      );
    }),
  );
};

/**
 * A fresh token. When the server refuses the refresh (401) the session is over; other failures
 * (no network) leave it be. Fails with `original` when given, so callers see the request's error.
 */
function refreshOrExpire(
  session: AuthSession,
  original?: unknown,
): Observable<string> {
  return session.refresh().pipe(
    catchError((error: unknown) => {
      if (toApiError(error).status === 401) {
        session.expire();
        return throwError(() => original ?? error);
      }
      return throwError(() => error);
    }),
  );
}

/** The retry: a second 401 means signing in again is the only way on. */
function giveUpOn401(
  retry: Observable<HttpEvent<unknown>>,
  session: AuthSession,
): Observable<HttpEvent<unknown>> {
  return retry.pipe(
    catchError((error: unknown) => {
      if (isUnauthorised(error)) {
        session.expire();
      }
      return throwError(() => error);
    }),
  );
}

function isUnauthorised(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401;
}
