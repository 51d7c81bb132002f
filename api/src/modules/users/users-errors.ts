import { DomainError } from '../../errors/domain-error';

export class EmailTakenError extends DomainError {
  readonly status = 409;
  readonly code = 'EMAIL_TAKEN';
  constructor() {
    super('Someone with this email address already has an account');
  }
}

export class LastAdminError extends DomainError {
  readonly status = 409;
  readonly code = 'LAST_ADMIN';
  constructor() {
    super('The platform needs at least one active admin');
  }
}

export class NotInvitedError extends DomainError {
  readonly status = 409;
  readonly code = 'NOT_INVITED';
  constructor() {
    super('This person has already set a password or is inactive');
  }
}
