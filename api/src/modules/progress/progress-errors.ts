import { DomainError } from '../../errors/domain-error';

/** The person holds no seat where it would count: the session's run at the time, or a run of the module's course. */
export class NotEnrolledError extends DomainError {
  readonly status = 409;
  readonly code = 'NOT_ENROLLED';
  constructor(detail: string) {
    super(detail);
  }
}
