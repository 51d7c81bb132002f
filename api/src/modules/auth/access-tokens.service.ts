import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { SigningSecretService } from './signing-secret.service';

export const TOKEN_AUDIENCE = 'di-training';
export const TOKEN_ISSUER = 'di-training-api';
export const TOKEN_ALGORITHM = 'HS256';

/** Short-lived signed access tokens carrying only the person's id (`sub`) and their session's (`sid`). */
@Injectable()
export class AccessTokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly secret: SigningSecretService,
    private readonly config: ConfigService,
  ) {}

  get lifetimeSeconds(): number {
    return this.config.get<number>('ACCESS_TOKEN_TTL_SECONDS', 900);
  }

  async issue(userId: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync(
      { sub: userId, sid: sessionId },
      {
        privateKey: await this.secret.key(),
        algorithm: TOKEN_ALGORITHM,
        audience: TOKEN_AUDIENCE,
        issuer: TOKEN_ISSUER,
        expiresIn: this.lifetimeSeconds,
      },
    );
  }
}
