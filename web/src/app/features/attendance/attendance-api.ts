import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type AttendanceImportResult, type AttendanceMark, type CheckInCode, type SessionRegister } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

export interface ReportImportOptions {
  /** Only match the report to the register; nothing is written. */
  dryRun: boolean;
  /** Minutes that make `present`; the run's (or the course's) threshold when left out. */
  minMinutes?: number;
}

/** A session's register, its online meeting reports and its check-in code. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);

  register(sessionId: string): Observable<SessionRegister> {
    return this.http.get<SessionRegister>(API_PATHS.sessionAttendance(sessionId)).pipe(catchError(rethrowAsApiError));
  }

  /** 409 `STALE_UPDATE` (with `conflicts`) when someone changed one of these marks since its `version`. */
  mark(sessionId: string, marks: readonly AttendanceMark[]): Observable<SessionRegister> {
    return this.http.put<SessionRegister>(API_PATHS.sessionAttendance(sessionId), marks).pipe(catchError(rethrowAsApiError));
  }

  /** As a multipart `file`, so the report's name (which some formats are told by) goes along. */
  importReport(sessionId: string, file: File, options: ReportImportOptions): Observable<AttendanceImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<AttendanceImportResult>(API_PATHS.sessionAttendanceImport(sessionId), body, {
        params: toHttpParams({ dryRun: options.dryRun, minMinutes: options.minMinutes }),
      })
      .pipe(catchError(rethrowAsApiError));
  }

  /** 404 while no code has been made for the session. */
  checkInCode(sessionId: string): Observable<CheckInCode> {
    return this.http.get<CheckInCode>(API_PATHS.sessionCheckInCode(sessionId)).pipe(catchError(rethrowAsApiError));
  }

  newCheckInCode(sessionId: string): Observable<CheckInCode> {
    return this.http.post<CheckInCode>(API_PATHS.sessionCheckInCode(sessionId), {}).pipe(catchError(rethrowAsApiError));
  }
}
