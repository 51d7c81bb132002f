import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type GeneratedFile } from '@di/contracts';
import { Observable, catchError, of, throwError } from 'rxjs';
import { isNotFound } from '../../core/api/api-error';
import { rethrowAsApiError } from '../../core/api/http-params';

/** A run's evidence: the participant list, the ESF evidence pack and the certificates ZIP (the last two made by jobs). Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class EvidenceApi {
  private readonly http = inject(HttpClient);

  participantList(runId: string, format: 'xlsx' | 'csv'): Observable<Blob> {
    return this.http.get(API_PATHS.runParticipantList(runId, format), { responseType: 'blob' }).pipe(catchError(rethrowAsApiError));
  }

  startEvidencePack(runId: string): Observable<GeneratedFile> {
    return this.http.post<GeneratedFile>(API_PATHS.runEvidencePack(runId), null).pipe(catchError(rethrowAsApiError));
  }

  /** The caller's latest evidence pack of the run, or null when they have none. */
  latestEvidencePack(runId: string): Observable<GeneratedFile | null> {
    return this.http.get<GeneratedFile>(API_PATHS.runEvidencePack(runId)).pipe(
      catchError(rethrowAsApiError),
      catchError((error: unknown) => (isNotFound(error) ? of(null) : throwError(() => error))),
    );
  }

  startCertificatesZip(runId: string): Observable<GeneratedFile> {
    return this.http.post<GeneratedFile>(API_PATHS.runCertificates(runId), null).pipe(catchError(rethrowAsApiError));
  }
}
