import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@di/contracts';

/** An API failure carrying the server's problem details (or ones made up for network failures). */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** From a 429's `Retry-After` header: seconds to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (error instanceof HttpErrorResponse) {
    const retryAfter = parseRetryAfter(error.headers?.get('Retry-After'));
    if (isProblem(error.error)) {
      return new ApiError(error.error, retryAfter);
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
      retryAfter,
    );
  }
  return new ApiError({
    type: 'about:blank',
    title: 'Error',
    status: 0,
    detail: $localize`:@@error.unexpected.detail:Notika neparedzēta kļūda.`,
  });
}

/**
 * What to tell a person about a failed request. Access problems get the app's own wording, in the
 * interface language; anything else shows the server's detail.
 */
export function errorMessage(error: unknown): string {
  const apiError = toApiError(error);
  switch (apiError.status) {
    case 401:
      return $localize`:@@error.unauthorised:Jūsu sesija ir beigusies. Lūdzu, pieslēdzieties vēlreiz.`;
    case 403:
      return $localize`:@@error.forbidden:Jums nav tiesību to darīt. Ja jums tās vajadzīgas, sazinieties ar sava reģiona koordinatoru vai administratoru.`;
    default:
      return apiError.problem.detail || apiError.problem.title;
  }
}

/** `Retry-After` is either seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date)
    ? undefined
    : Math.max(0, Math.ceil((date - now) / 1000));
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Partial<Problem>).detail === 'string' &&
    typeof (body as Partial<Problem>).status === 'number'
  );
}
