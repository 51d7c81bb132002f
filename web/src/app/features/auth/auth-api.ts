import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type PasswordResetRequest,
  type SetPasswordRequest,
  type SetPasswordResponse,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** The tokenless password endpoints. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** The answer names the account, so that the sign-in form can offer its address. */
  setPassword(request: SetPasswordRequest): Observable<SetPasswordResponse> {
    return this.http
      .post<SetPasswordResponse>(API_PATHS.setPassword, request)
      .pipe(catchError(rethrowAsApiError));
  }

  requestPasswordReset(request: PasswordResetRequest): Observable<void> {
    return this.http
      .post<void>(API_PATHS.passwordResetRequest, request)
      .pipe(catchError(rethrowAsApiError));
  }
}
