import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { InvalidInputError, NotSignedInError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { normaliseEmail, UsersRepository } from '../users/users.repository';
import { toActor, toMe } from '../users/user-mapper';
import { AccessTokensService } from './access-tokens.service';
import { InvalidCredentialsError, InvalidTokenError, TooManySignInAttemptsError } from './auth-errors';
import { LoginThrottleService } from './login-throttle.service';
import { OneTimeTokensService } from './one-time-tokens.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { IssuedRefreshToken, RefreshTokensService } from './refresh-tokens.service';

/** What a controller needs to answer a sign-in or refresh: the body, and the cookie to set. */
export interface Session {
  response: LoginResponse;
  refreshToken: IssuedRefreshToken;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly throttle: LoginThrottleService,
    private readonly accessTokens: AccessTokensService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly oneTimeTokens: OneTimeTokensService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The person these credentials belong to; failures are counted, and too many make the caller wait. */
  async verifyCredentials(email: string, password: string, ip: string): Promise<Actor> {
    const key = normaliseEmail(email);
    try {
      await this.throttle.assertMayTry(key, ip);
    } catch (error) {
      if (error instanceof TooManySignInAttemptsError) await this.audit.record('sign_in.throttled', { ip });
      throw error;
    }
    const user = await this.users.findByEmailWithSecret(key);
    const passwordMatches = await verifyPassword(user?.passwordHash, password);
    if (!user || !passwordMatches || !user.active) {
      await this.throttle.recordFailure(key, ip);
      const reason = !user ? 'unknown_account' : !passwordMatches ? 'wrong_password' : 'inactive_account';
      await this.audit.record('sign_in.failed', { subjectUserId: user?.id, ip, details: { reason } });
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(key);
    await this.audit.record('sign_in.succeeded', { actorUserId: user.id, subjectUserId: user.id, ip });
    return toActor(user);
  }

  async startSession(actor: Actor): Promise<Session> {
    return this.session(actor, await this.refreshTokens.issue(actor.id));
  }

  async refresh(token: string | undefined, ip: string): Promise<Session> {
    if (!token) throw new NotSignedInError();
    const result = await this.refreshTokens.rotate(token);
    if (result.outcome === 'reused') {
      await this.audit.record('refresh_token.reused', { subjectUserId: result.userId, ip });
    }
    if (result.outcome !== 'rotated') throw new NotSignedInError();
    const actor = await this.users.findActiveActor(result.userId);
    if (!actor) throw new NotSignedInError();
    return this.session(actor, result.next);
  }

  async logout(token: string | undefined, ip: string): Promise<void> {
    if (!token) return;
    const userId = await this.refreshTokens.revokeByToken(token);
    if (userId) await this.audit.record('sign_out', { actorUserId: userId, subjectUserId: userId, ip });
  }

  /** Sets a password from an invitation or reset link; the link then stops working. */
  async setPassword(token: string, password: string, ip: string): Promise<void> {
    assertAcceptablePassword('password', password);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const consumed = await this.oneTimeTokens.consume(token, manager);
      if (!consumed) throw new InvalidTokenError();
      assertAcceptablePassword('password', password, await this.users.emailOf(manager, consumed.userId));
      await this.users.setPasswordHash(manager, consumed.userId, passwordHash);
      if (consumed.purpose === 'password_reset') await this.refreshTokens.revokeAllFor(consumed.userId, manager);
      await this.audit.record('password.set', { subjectUserId: consumed.userId, ip, details: { purpose: consumed.purpose } }, manager);
    });
  }

  /** Sends a reset link to an active account; says nothing either way, so addresses cannot be probed. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    const user = await this.users.findByEmailWithSecret(normaliseEmail(email));
    if (!user || !user.active) return;
    await this.dataSource.transaction(async (manager) => {
      const { token, expiresAt } = await this.oneTimeTokens.create(user.id, 'password_reset', manager);
      await this.mail.enqueue(
        { to: user.email, template: 'password_reset', language: user.language, fullName: user.fullName, token, expiresAt },
        manager,
      );
      await this.audit.record('password_reset.requested', { subjectUserId: user.id, ip }, manager);
    });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const user = await this.users.findByEmailWithSecret(actor.email);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new InvalidInputError([{ field: 'currentPassword', code: 'PASSWORD_WRONG', message: 'The current password is not right' }]);
    }
    assertAcceptablePassword('newPassword', newPassword, user.email);
    await this.users.setPasswordHash(this.dataSource.manager, user.id, await hashPassword(newPassword));
    await this.audit.record('password.changed', { actorUserId: user.id, subjectUserId: user.id, ip });
  }

  private async session(actor: Actor, refreshToken: IssuedRefreshToken): Promise<Session> {
    const accessToken = await this.accessTokens.issue(actor.id);
    return {
      response: { accessToken, expiresIn: this.accessTokens.lifetimeSeconds, user: toMe(actor) },
      refreshToken,
    };
  }
}
