import type { ProblemCode } from '@di/contracts';

/**
 * A broken business rule. Services throw subclasses; the exception filter turns
 * them into problem responses with the status and code they carry.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: ProblemCode;
  /** Sent as Retry-After, for errors that pass with time (e.g. throttling). */
  readonly retryAfterSeconds?: number;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found`);
  }
}
