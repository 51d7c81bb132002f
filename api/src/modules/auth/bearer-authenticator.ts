import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Authenticator } from '../../access/authenticator';
import { UsersRepository } from '../users/users.repository';
import type { SessionActor } from './session-actor';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-tokens.service';
import { SigningSecretService } from './signing-secret.service';

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/;

/**
 * Bearer access tokens: only HS256 is accepted (never `none`), audience, issuer and expiry are
 * checked, and the person is loaded afresh on each request together with the token's session
 * (`sid`), in one statement, so a deactivated account, a changed role or an ended session (sign-out,
 * password change or reset, idle or absolute limit) takes effect at once.
 */
@Injectable()
export class BearerAuthenticator extends Authenticator {
  private verifier: Promise<JwtService> | undefined;

  constructor(
    private readonly secret: SigningSecretService,
    private readonly users: UsersRepository,
  ) {
    super();
  }

  async authenticate(authorization: string | undefined): Promise<SessionActor | undefined> {
    const token = authorization && BEARER.exec(authorization)?.[1];
    if (!token) return undefined;
    // Outside the try: a key that cannot be loaded (database away) is not a bad token.
    const verifier = await this.tokenVerifier();
    let payload: { sub?: unknown; sid?: unknown; exp?: unknown };
    try {
      payload = verifier.verify(token);
    } catch {
      return undefined;
    }
    // Every token we issue expires and belongs to a session; one without `exp` or `sid` is not ours to honour.
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return undefined;
    const actor = await this.users.findSignedInActor(payload.sub, payload.sid);
    return actor && { ...actor, sessionId: payload.sid };
  }

  /** A verifier holding the signing key as a key object (see SigningSecretService.key), made once. */
  private tokenVerifier(): Promise<JwtService> {
    this.verifier ??= this.secret.key().then(
      (key) => new JwtService({ publicKey: key, verifyOptions: { algorithms: [TOKEN_ALGORITHM], audience: TOKEN_AUDIENCE, issuer: TOKEN_ISSUER } }),
      (error: unknown) => {
        this.verifier = undefined;
        throw error;
      },
    );
    return this.verifier;
  }
}
