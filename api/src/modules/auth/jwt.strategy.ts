import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../../access/actor';
import { UserDirectory } from '../users/user-directory.service';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from './access-tokens.service';
import { SigningSecretService } from './signing-secret.service';

/**
 * Bearer tokens: only HS256 is accepted (never `none`), audience, issuer and
 * expiry are checked, and the person is loaded afresh on each request, so a
 * deactivated account or a changed role takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    secret: SigningSecretService,
    private readonly directory: UserDirectory,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      algorithms: [TOKEN_ALGORITHM],
      audience: TOKEN_AUDIENCE,
      issuer: TOKEN_ISSUER,
      ignoreExpiration: false,
      secretOrKeyProvider: (_request: unknown, _token: unknown, done: (error: unknown, secret?: string) => void) => {
        secret.get().then((value) => done(null, value), done);
      },
    });
  }

  async validate(payload: { sub?: unknown }): Promise<Actor | false> {
    if (typeof payload.sub !== 'string') return false;
    return (await this.directory.findActiveActor(payload.sub)) ?? false;
  }
}
