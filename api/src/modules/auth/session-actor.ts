import type { Actor } from '../../access/actor';

/** The person a bearer token acts for, with the sign-in session the token belongs to. */
export interface SessionActor extends Actor {
  readonly sessionId: string;
}

/** The session of a request's actor (set by BearerAuthenticator), if it came with one. */
export function sessionIdOf(actor: Actor): string | undefined {
  const sessionId = (actor as Partial<SessionActor>).sessionId;
  return typeof sessionId === 'string' ? sessionId : undefined;
}
