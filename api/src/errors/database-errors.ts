import type { FieldError } from '@di/contracts';
import { BusyError, DomainError } from './domain-error';

/** SQLSTATEs that mean "run the transaction again": serialization failure and deadlock. */
export const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { driverError?: unknown }).driverError;
  }
  return undefined;
}

export class AlreadyExistsError extends DomainError {
  readonly status = 409;
  readonly code = 'ALREADY_EXISTS';
  constructor(field: string | undefined) {
    super(field ? `Another record already has this ${field}` : 'This record exists already');
  }
}

export class ReferenceNotFoundError extends DomainError {
  readonly status = 400;
  readonly code = 'REFERENCE_NOT_FOUND';
  override readonly fieldErrors: FieldError[] | undefined;
  constructor(field: string | undefined) {
    const message = field ? `${field} names something that does not exist` : 'The input names something that does not exist';
    super(message);
    this.fieldErrors = field ? [{ field, message }] : undefined;
  }
}

export class InUseError extends DomainError {
  readonly status = 409;
  readonly code = 'IN_USE';
  constructor() {
    super('Other records still refer to this one');
  }
}

export class InvalidValueError extends DomainError {
  readonly status = 400;
  readonly code = 'INVALID_VALUE';
  constructor() {
    super('A value is not acceptable here');
  }
}

/**
 * What the database refuses about a value rather than about the query: a check or not-null
 * violation, invalid text for a type (e.g. a bad uuid), too long, out of range, a bad date or time,
 * a bad parameter value, a character the encoding cannot hold (NUL, untranslatable), a bad escape
 * in a LIKE pattern or a bad regular expression. Input should be refused before it gets this far
 * (`http/input-rules.ts`, the DTOs); this is the net under that.
 */
export const INVALID_VALUE_SQLSTATES = new Set(['23514', '23502', '22P02', '22001', '22003', '22007', '22008', '22023', '22021', '22P05', '22025', '22019', '2201B']);

/**
 * The one mapping from database errors to problems, so that a constraint that catches what
 * validation missed is a clear 4xx and never a 500. Undefined for errors that are not about
 * the data (those stay 500 or 503).
 */
export function domainErrorForDatabase(error: unknown): DomainError | undefined {
  const state = sqlState(error);
  if (!state) return undefined;
  const detail = String((error as { detail?: unknown; driverError?: { detail?: unknown } }).detail ?? (error as { driverError?: { detail?: unknown } }).driverError?.detail ?? '');
  const field = fieldOf(detail);
  if (state === '23505') return new AlreadyExistsError(field);
  if (state === '23503') return /is still referenced/.test(detail) ? new InUseError() : new ReferenceNotFoundError(field);
  if (INVALID_VALUE_SQLSTATES.has(state)) return new InvalidValueError();
  if (RETRYABLE_SQLSTATES.has(state)) return new BusyError();
  return undefined;
}

/** `Key (organisation_id)=(…) is not present…` → `organisationId`. */
function fieldOf(detail: string): string | undefined {
  const column = /^Key \(([a-z_]+)\)=/.exec(detail)?.[1];
  return column?.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
