import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse, SetPasswordResponse } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { InvalidInputError, NotSignedInError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { normaliseEmail, UsersRepository } from '../users/users.repository';
import { toActor, toMe } from '../users/user-mapper';
import { AccessTokensService } from './access-tokens.service';
import { JobQueue } from '../../jobs/job-queue';
import { InvalidCredentialsError, InvalidTokenError, TooManyAttemptsError } from './auth-errors';
import { LoginThrottleService } from './login-throttle.service';
import { OneTimeTokensService } from './one-time-tokens.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { PASSWORD_RESET_JOB_OPTIONS, PASSWORD_RESET_LIMITS, PASSWORD_RESET_QUEUE, type PasswordResetJob } from './password-reset-queue';
import { IssuedRefreshToken, RefreshTokensService } from './refresh-tokens.service';
import { sessionIdOf } from './session-actor';

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
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The person these credentials belong to; failures are counted (per account and address, per
   * account, per address: see LoginThrottleService), and too many make the caller wait.
   */
  async verifyCredentials(email: string, password: string, ip: string): Promise<Actor> {
    const key = normaliseEmail(email);
    const limits = this.throttle.signInLimits(key, ip);
    const wait = await this.throttle.waitSeconds(limits);
    if (wait !== undefined) {
      await this.audit.record('sign_in.throttled', { ip });
      throw new TooManyAttemptsError(wait);
    }
    const user = await this.users.findByEmailWithSecret(key);
    const passwordMatches = await verifyPassword(user?.passwordHash, password);
    if (!user || !passwordMatches || !user.active) {
      await this.throttle.recordFailure(limits);
      const reason = !user ? 'unknown_account' : !passwordMatches ? 'wrong_password' : 'inactive_account';
      await this.audit.record('sign_in.failed', { subjectUserId: user?.id, ip, details: { reason } });
      throw new InvalidCredentialsError();
    }
    // The address's count stays: it is shared by a whole room, and one success says nothing of the others.
    await this.throttle.clear(limits.slice(0, 2));
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

  /** Ends the session of the refresh cookie, or else of the access token: its access tokens stop working at once. */
  async logout(token: string | undefined, signedIn: Actor | undefined, ip: string): Promise<void> {
    let userId: string | undefined;
    if (token) userId = await this.refreshTokens.revokeByToken(token);
    const sessionId = signedIn && sessionIdOf(signedIn);
    if (!userId && signedIn && sessionId && (await this.refreshTokens.revokeSession(signedIn.id, sessionId))) userId = signedIn.id;
    if (userId) await this.audit.record('sign_out', { actorUserId: userId, subjectUserId: userId, ip });
  }

  /**
   * Sets a password from an invitation or reset link; the link then stops working, and every
   * session of the person ends. The password is hashed only for a live link: anyone may call this.
   */
  async setPassword(token: string, password: string, ip: string): Promise<SetPasswordResponse> {
    assertAcceptablePassword('password', password);
    const pending = await this.oneTimeTokens.find(token);
    if (!pending) throw new InvalidTokenError();
    const email = await this.users.emailOf(this.dataSource.manager, pending.userId);
    if (!email) throw new InvalidTokenError();
    assertAcceptablePassword('password', password, email);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      // Using the token up is what counts: of two requests with one link, only one gets here.
      const consumed = await this.oneTimeTokens.consume(token, manager);
      if (!consumed) throw new InvalidTokenError();
      await this.users.setPasswordHash(manager, consumed.userId, passwordHash);
      const sessionsEnded = await this.refreshTokens.revokeAllFor(consumed.userId, manager);
      await this.audit.record(
        'password.set',
        { subjectUserId: consumed.userId, ip, details: { purpose: consumed.purpose, sessionsEnded } },
        manager,
      );
    });
    return { email };
  }

  /**
   * Queues a reset link for the address and answers at once, the same way whether or not the
   * address belongs to an account: the link and the mail happen in the job
   * (sendPasswordReset). An address gets at most PASSWORD_RESET_LIMITS.perAccount links an hour
   * (more requests are accepted and dropped, silently); a client address may ask perAddress
   * times an hour, then waits (429).
   */
  async requestPasswordReset(email: string, ip: string, actorUserId: string | null = null): Promise<void> {
    const address = normaliseEmail(email);
    const wait = await this.throttle.take({ key: `reset-address:${ip}`, limit: PASSWORD_RESET_LIMITS.perAddress, windowSeconds: PASSWORD_RESET_LIMITS.windowSeconds });
    if (wait !== undefined) throw new TooManyAttemptsError(wait, 'password-reset requests');
    const overAccountLimit = await this.throttle.take({
      key: `reset-account:${address}`,
      limit: PASSWORD_RESET_LIMITS.perAccount,
      windowSeconds: PASSWORD_RESET_LIMITS.windowSeconds,
    });
    if (overAccountLimit !== undefined) return;
    const job: PasswordResetJob = { userId: (await this.users.idByEmail(this.dataSource.manager, address)) ?? null, ip, actorUserId };
    await this.queue.send(PASSWORD_RESET_QUEUE, job, PASSWORD_RESET_JOB_OPTIONS);
  }

  /** The job behind requestPasswordReset: a link to an active account, nothing for any other address. */
  async sendPasswordReset(job: PasswordResetJob): Promise<void> {
    if (!job.userId) return;
    const [user] = await this.users.findMany([job.userId]);
    if (!user || !user.active) return;
    await this.dataSource.transaction(async (manager) => {
      const { token, expiresAt } = await this.oneTimeTokens.create(user.id, 'password_reset', manager);
      await this.mail.enqueue(
        { to: user.email, template: 'password_reset', language: user.language, fullName: user.fullName, token, expiresAt },
        manager,
      );
      await this.audit.record('password_reset.requested', { actorUserId: job.actorUserId, subjectUserId: user.id, ip: job.ip }, manager);
    });
  }

  /**
   * Changes the signed-in person's password. The current password is checked under the same
   * throttle as a sign-in (its own counter per person), so a borrowed session cannot guess it.
   * Every other session of the person ends; the one making the change stays.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const limits = this.throttle.passwordCheckLimits(actor.id);
    const wait = await this.throttle.waitSeconds(limits);
    if (wait !== undefined) throw new TooManyAttemptsError(wait, 'wrong current passwords');
    const user = await this.users.findByEmailWithSecret(actor.email);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(limits);
      throw new InvalidInputError([{ field: 'currentPassword', code: 'PASSWORD_WRONG', message: 'The current password is not right' }]);
    }
    await this.throttle.clear(limits);
    if (newPassword === currentPassword) {
      throw new InvalidInputError([{ field: 'newPassword', code: 'PASSWORD_UNCHANGED', message: 'The new password must differ from the current one' }]);
    }
    assertAcceptablePassword('newPassword', newPassword, user.email);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, user.id, passwordHash);
      const otherSessionsEnded = await this.refreshTokens.revokeAllFor(user.id, manager, sessionIdOf(actor));
      await this.audit.record('password.changed', { actorUserId: user.id, subjectUserId: user.id, ip, details: { otherSessionsEnded } }, manager);
    });
  }

  private async session(actor: Actor, refreshToken: IssuedRefreshToken): Promise<Session> {
    const accessToken = await this.accessTokens.issue(actor.id, refreshToken.sessionId);
    return {
      response: { accessToken, expiresIn: this.accessTokens.lifetimeSeconds, user: toMe(actor) },
      refreshToken,
    };
  }
}
