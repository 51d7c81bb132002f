import { DomainError } from '../../errors/domain-error';

export class AlreadyEnrolledError extends DomainError {
  readonly status = 409;
  readonly code = 'ALREADY_ENROLLED';
  constructor(readonly enrolmentId?: string) {
    super('The person is already enrolled in this run (or has asked to be, or is on its waiting list)');
  }
}

export class EnrolmentClosedError extends DomainError {
  readonly status = 409;
  readonly code = 'ENROLMENT_CLOSED';
  constructor(detail = 'Enrolment in this run is closed') {
    super(detail);
  }
}

export class RunFullError extends DomainError {
  readonly status = 409;
  readonly code = 'RUN_FULL';
  constructor() {
    super('No seat is free for this person and the run keeps no waiting list');
  }
}

export class AudienceMismatchError extends DomainError {
  readonly status = 409;
  readonly code = 'AUDIENCE_MISMATCH';
  constructor(audience: string, kind: string) {
    super(`The course is for participants of kind ${audience}; the person is ${kind}`);
  }
}

export class InvalidTransitionError extends DomainError {
  readonly status = 409;
  readonly code = 'INVALID_TRANSITION';
  constructor(from: string, to: string, why?: string) {
    super(`The enrolment cannot go from ${from} to ${to}${why ? `: ${why}` : ''}`);
  }
}
