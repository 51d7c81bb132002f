import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type CertificateVerification } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** Public verification of a certificate by its code (no sign-in). Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);

  verify(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(API_PATHS.certificate(code)).pipe(catchError(rethrowAsApiError));
  }
}
