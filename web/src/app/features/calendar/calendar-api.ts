import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type CalendarFeed,
  type CalendarSession,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

export type CalendarRelation = CalendarSession['relation'];

export interface CalendarRange {
  from: string;
  to: string;
  as: CalendarRelation;
}

/** The signed-in person's sessions and their calendar feed. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  sessions(range: CalendarRange): Observable<{ items: CalendarSession[] }> {
    return this.http
      .get<{ items: CalendarSession[] }>(API_PATHS.meSessions, { params: toHttpParams(range) })
      .pipe(catchError(rethrowAsApiError));
  }

  /** One session as an `.ics` file (with the token, which a plain link could not send). */
  sessionIcs(id: string): Observable<Blob> {
    return this.http
      .get(API_PATHS.sessionIcs(id), { responseType: 'blob' })
      .pipe(catchError(rethrowAsApiError));
  }

  feed(): Observable<CalendarFeed> {
    return this.http
      .get<CalendarFeed>(API_PATHS.meCalendarFeed)
      .pipe(catchError(rethrowAsApiError));
  }

  renewFeed(): Observable<CalendarFeed> {
    return this.http
      .post<CalendarFeed>(API_PATHS.meCalendarFeedRenew, null)
      .pipe(catchError(rethrowAsApiError));
  }

  revokeFeed(): Observable<void> {
    return this.http
      .delete<void>(API_PATHS.meCalendarFeed)
      .pipe(catchError(rethrowAsApiError));
  }
}
