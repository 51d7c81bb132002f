import { DomainError } from '../../errors/domain-error';

export class InvalidCredentialsError extends DomainError {
  readonly status = 401;
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Wrong email or password');
  }
}

export class TooManySignInAttemptsError extends DomainError {
  readonly status = 429;
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(override readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export class InvalidTokenError extends DomainError {
  readonly status = 400;
  readonly code = 'TOKEN_INVALID';
  constructor() {
    super('This link is not valid any more: it has expired or has been used. Ask for a new one.');
  }
}
