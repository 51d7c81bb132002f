import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type PasswordResetRequest,
  type SetPasswordRequest,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** The tokenless password endpoints. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** 204 today; should the API name the account (`{ email }`), the sign-in form takes it. */
  setPassword(
    request: SetPasswordRequest,
  ): Observable<{ email?: string } | null> {
    return this.http
      .post<{ email?: string } | null>(API_PATHS.setPassword, request)
      .pipe(catchError(rethrowAsApiError));
  }

  requestPasswordReset(request: PasswordResetRequest): Observable<void> {
    return this.http
      .post<void>(API_PATHS.passwordResetRequest, request)
      .pipe(catchError(rethrowAsApiError));
  }
}
