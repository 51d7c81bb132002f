import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@di/contracts';

/** An API failure carrying the server's problem details (or ones made up for network failures). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (error instanceof HttpErrorResponse) {
    if (isProblem(error.error)) {
      return new ApiError(error.error);
    }
    return new ApiError(
      error.status === 0
        ? {
            type: 'about:blank',
            title: $localize`:@@error.network.title:Nav savienojuma`,
            status: 0,
            detail: $localize`:@@error.network.detail:Neizdevās sazināties ar serveri. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.`,
          }
        : {
            type: 'about:blank',
            title: error.statusText,
            status: error.status,
            detail: $localize`:@@error.http.detail:Serveris atbildēja ar kļūdu (${error.status}:status:).`,
          },
    );
  }
  return new ApiError({
    type: 'about:blank',
    title: 'Error',
    status: 0,
    detail: $localize`:@@error.unexpected.detail:Notika neparedzēta kļūda.`,
  });
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Partial<Problem>).detail === 'string' &&
    typeof (body as Partial<Problem>).status === 'number'
  );
}
