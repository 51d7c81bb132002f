import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type CalendarSession } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

/** The caller's sessions as a participant in a window, for each run's next session. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class NextSessionsApi {
  private readonly http = inject(HttpClient);

  sessions(from: Date, to: Date): Observable<{ items: CalendarSession[] }> {
    return this.http
      .get<{ items: CalendarSession[] }>(API_PATHS.meSessions, {
        params: toHttpParams({ from: from.toISOString(), to: to.toISOString(), as: 'participant' }),
      })
      .pipe(catchError(rethrowAsApiError));
  }
}
