import { HttpParams } from '@angular/common/http';
import { Observable, throwError } from 'rxjs';
import { toApiError } from './api-error';

/** Query parameters from an object, leaving out empty values. */
export function toHttpParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/** For `catchError`: every failure of an API call arrives as an `ApiError`. */
export function rethrowAsApiError(error: unknown): Observable<never> {
  return throwError(() => toApiError(error));
}
