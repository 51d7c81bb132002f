import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type AttendanceEntry, type CheckInRequest, type TrainingSession } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** A participant's own check-in at a session. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CheckInApi {
  private readonly http = inject(HttpClient);

  session(id: string): Observable<TrainingSession> {
    return this.http.get<TrainingSession>(API_PATHS.session(id)).pipe(catchError(rethrowAsApiError));
  }

  /** Marks the caller present with the code shown in the room; the code goes in the body, never the address. */
  checkIn(sessionId: string, code: string): Observable<AttendanceEntry> {
    const body: CheckInRequest = { code };
    return this.http.post<AttendanceEntry>(API_PATHS.sessionCheckIn(sessionId), body).pipe(catchError(rethrowAsApiError));
  }
}
