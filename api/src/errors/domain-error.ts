import type { FieldError, ProblemCode } from '@di/contracts';

/**
 * A broken rule, said in the domain's terms. Services throw only these (never Nest's HTTP
 * exceptions); the problem filter turns them into problem responses with their status and code.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: ProblemCode;
  /** Sent as Retry-After, for errors that pass with time (e.g. throttling). */
  readonly retryAfterSeconds?: number;
  /** Per-field details, for errors about the input. */
  readonly fieldErrors?: FieldError[];
  /** More members of the problem body (RFC 9457 extensions), e.g. the session a booking collides with. */
  readonly extensions?: Record<string, unknown>;
}

/** Not there, or outside the caller's reach: the two are never told apart. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found`);
  }
}

/** The caller may see the object (or the route) but not do this to it. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'FORBIDDEN';
  constructor(detail = 'You may not do this') {
    super(detail);
  }
}

export class NotSignedInError extends DomainError {
  readonly status = 401;
  readonly code = 'NOT_SIGNED_IN';
  constructor() {
    super('Sign in to continue');
  }
}

/** Input that passed the shape checks but breaks a rule; `fieldErrors` says where. */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  readonly code = 'INVALID_INPUT';
  constructor(override readonly fieldErrors: FieldError[]) {
    super(`Invalid input: ${[...new Set(fieldErrors.map((e) => e.field))].join(', ')}`);
  }
}

/** Someone changed the object after the caller read it. */
export class StaleUpdateError extends DomainError {
  readonly status = 409;
  readonly code = 'STALE_UPDATE';
  constructor(what: string, currentVersion: number) {
    super(`${what} was changed by someone else meanwhile (now version ${currentVersion}); reload and try again`);
  }
}

/** Concurrent changes kept colliding; trying again shortly will most likely work. */
export class BusyError extends DomainError {
  readonly status = 409;
  readonly code = 'BUSY';
  override readonly retryAfterSeconds = 1;
  constructor() {
    super('Others were changing the same data at the same moment; please try again');
  }
}
