import type { Actor } from './actor';

/**
 * Turns a request's `Authorization` header into the person it acts for, or undefined when
 * there is no valid token or the person may not sign in any more. An abstract class so that
 * it serves as its own injection token; the auth module provides it.
 */
export abstract class Authenticator {
  abstract authenticate(authorization: string | undefined): Promise<Actor | undefined>;
}
