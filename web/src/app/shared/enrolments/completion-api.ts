import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type EnrolmentProgress } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** Completing a course: modules marked done, the certificate of a completed enrolment. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CompletionApi {
  private readonly http = inject(HttpClient);

  /** Marks the module done (or not) for the caller; the answer is the progress of each of their enrolments in the course. */
  markModule(moduleId: string, done: boolean): Observable<EnrolmentProgress[]> {
    const path = API_PATHS.moduleCompletion(moduleId);
    return (done ? this.http.post<EnrolmentProgress[]>(path, null) : this.http.delete<EnrolmentProgress[]>(path)).pipe(
      catchError(rethrowAsApiError),
    );
  }

  /** The certificate as a PDF (with the token, which a plain link could not send). */
  certificate(enrolmentId: string): Observable<Blob> {
    return this.http.get(API_PATHS.enrolmentCertificate(enrolmentId), { responseType: 'blob' }).pipe(catchError(rethrowAsApiError));
  }
}
