import { HttpErrorResponse } from '@angular/common/http';
import type { Problem, ProblemCode } from '@di/contracts';
import {
  isProblemCode,
  networkProblemText,
  problemText,
  unexpectedProblemText,
} from './problem-messages';

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

  /** The problem's code, when it is one this app knows. */
  get code(): ProblemCode | undefined {
    return isProblemCode(this.problem.code) ? this.problem.code : undefined;
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
            detail: networkProblemText(),
          }
        : {
            type: 'about:blank',
            title: error.statusText,
            status: error.status,
            detail: problemText(undefined, error.status),
          },
      retryAfter,
    );
  }
  return new ApiError({
    type: 'about:blank',
    title: 'Error',
    status: 0,
    detail: unexpectedProblemText(),
  });
}

/**
 * What to tell a person about a failed request, in the interface language: the text of its problem
 * code, or of its status when the code is missing or unknown; never the API's English `detail`.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError) && !(error instanceof HttpErrorResponse)) {
    return unexpectedProblemText();
  }
  const apiError = toApiError(error);
  return problemText(apiError.code, apiError.status);
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

/**
 * For loading one thing by the id in the address: not there (404), or an id that cannot be one
 * (400, e.g. not a UUID). Either way the page says "not found"; trying again would not help.
 */
export function isNotFound(error: unknown): boolean {
  const status = toApiError(error).status;
  return status === 404 || status === 400;
}
