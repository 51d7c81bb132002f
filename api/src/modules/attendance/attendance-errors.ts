import type { AttendanceConflict } from '@di/contracts';
import { DomainError } from '../../errors/domain-error';

/** Someone else changed these marks since the caller read them; nothing was written. */
export class AttendanceConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'STALE_UPDATE';
  override readonly extensions: { conflicts: AttendanceConflict[] };
  constructor(conflicts: AttendanceConflict[]) {
    super(`${conflicts.length} mark(s) were changed by someone else meanwhile; nothing was saved. Review them and mark again`);
    this.extensions = { conflicts };
  }
}

/** Marks before the session is near (a register is taken from an hour before it begins). */
export class RegisterNotOpenError extends DomainError {
  readonly status = 409;
  readonly code = 'REGISTER_NOT_OPEN';
  constructor() {
    super('The register opens an hour before the session begins');
  }
}

export class InvalidCheckInCodeError extends DomainError {
  readonly status = 409;
  readonly code = 'INVALID_CHECK_IN_CODE';
  constructor(detail = 'The check-in code is wrong or no longer valid') {
    super(detail);
  }
}
