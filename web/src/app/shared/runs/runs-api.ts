import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type CourseRun } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** One run, for every page about it (its page, schedule, enrolments). Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class RunsApi {
  private readonly http = inject(HttpClient);

  run(id: string): Observable<CourseRun> {
    return this.http.get<CourseRun>(API_PATHS.run(id)).pipe(catchError(rethrowAsApiError));
  }
}
