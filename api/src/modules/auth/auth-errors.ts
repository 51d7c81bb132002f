import { DomainError } from '../../errors/domain-error';

export class InvalidCredentialsError extends DomainError {
  readonly status = 401;
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Wrong email or password');
  }
}

/** 429 with Retry-After: too many failures (or requests) of one kind; waiting lets the caller try again. */
export class TooManyAttemptsError extends DomainError {
  readonly status = 429;
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(
    override readonly retryAfterSeconds: number,
    what = 'failed sign-in attempts',
  ) {
    super(`Too many ${what}. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export class InvalidTokenError extends DomainError {
  readonly status = 400;
  readonly code = 'TOKEN_INVALID';
  constructor() {
    super('This link is not valid any more: it has expired or has been used. Ask for a new one.');
  }
}
