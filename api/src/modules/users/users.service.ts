import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Me, Page, RoleGrant, User } from '@di/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { RoleNotGrantableError } from '../../access/access-errors';
import { type Actor, hasRole } from '../../access/actor';
import { foldForSearch } from '../../http/search-text';
import { InvalidInputException } from '../../http/validation';
import { AuditService } from '../audit/audit.service';
import { OneTimeTokensService } from '../auth/one-time-tokens.service';
import { hashPassword } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-policy';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { MailService } from '../mail/mail.service';
import { UpdateMeDto } from '../auth/dto/update-me.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { grantKey, nonGrantableRoleOf, roleRows, validateGrants } from './role-grants';
import { UserDirectory } from './user-directory.service';
import { toMe, toUser } from './user-mapper';
import { UserEntity } from './user.entity';
import { EmailTakenError, LastAdminError, NotInvitedError } from './users-errors';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly policy: AccessPolicy,
    private readonly oneTimeTokens: OneTimeTokensService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: UserQueryDto): Promise<Page<User>> {
    const reach = this.policy.organisationCondition(actor, 'u.organisation_id');
    const builder = this.users
      .createQueryBuilder('u')
      .select('u.id')
      .where(reach.sql, reach.params)
      .orderBy('u.full_name')
      .addOrderBy('u.id')
      .offset(query.offset)
      .limit(query.pageSize);
    if (query.organisationId) builder.andWhere('u.organisation_id = :organisationId', { organisationId: query.organisationId });
    if (query.role) {
      builder.andWhere('EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role)', { role: query.role });
    }
    const search = query.q ? foldForSearch(query.q) : '';
    if (search) builder.andWhere('strpos(u.search_text, :search) > 0', { search });

    const [rows, total] = await builder.getManyAndCount();
    const users = await this.directory.findMany(rows.map((row) => row.id));
    return { items: users.map(toUser), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<User> {
    await this.policy.assertUserInReach(actor, id);
    return this.load(id);
  }

  /** Creates the account and, unless an admin gave a password, sends an invitation: all or nothing. */
  async create(actor: Actor, input: CreateUserDto, ip: string): Promise<User> {
    validateGrants(input.roles);
    this.policy.assertMayGrant(actor, input.roles);
    const organisationId = input.organisationId ?? null;
    if (!organisationId && !input.roles.every((grant) => grant.role === 'admin')) {
      throw new InvalidInputException([{ field: 'organisationId', message: 'organisationId is required unless the person is only an admin' }]);
    }
    if (organisationId) await this.policy.assertOrganisationInReach(actor, organisationId);
    await this.assertScopesExist(actor, input.roles);
    if (input.password !== undefined && !hasRole(actor, 'admin')) throw new ForbiddenException('Only an admin may set a password for someone');
    if (input.password !== undefined) assertAcceptablePassword('password', input.password, input.email);
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;

    const id = await this.dataSource.transaction(async (manager) => {
      const [taken] = await manager.query('SELECT 1 FROM app_user WHERE email = $1', [input.email]);
      if (taken) throw new EmailTakenError();
      const [created]: { id: string }[] = await manager
        .query(
          `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash, language)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [input.email, input.fullName, organisationId, input.participantKind, passwordHash, input.language ?? 'lv'],
        )
        .catch((error: { code?: string }) => {
          throw error.code === '23505' ? new EmailTakenError() : error;
        });
      await this.insertGrants(manager, created.id, input.roles, actor, ip);
      await this.audit.record('user.created', { actorUserId: actor.id, subjectUserId: created.id, ip }, manager);
      if (!passwordHash) {
        await this.sendInvitation(manager, { id: created.id, email: input.email, fullName: input.fullName, language: input.language ?? 'lv' });
        await this.audit.record('user.invited', { actorUserId: actor.id, subjectUserId: created.id, ip }, manager);
      }
      return created.id;
    });
    return this.load(id);
  }

  async update(actor: Actor, id: string, input: UpdateUserDto, ip: string): Promise<User> {
    await this.policy.assertUserInReach(actor, id);
    await this.dataSource.transaction(async (manager) => {
      // Locks the person, so two editors cannot interleave their role changes.
      const [current] = await this.directory.findMany([id], manager, { lock: true });
      const currentGrants = toUser(current).roles;
      this.assertMayEdit(actor, currentGrants);
      const changed: string[] = [];

      if (input.organisationId !== undefined && input.organisationId !== current.organisationId) {
        if (input.organisationId) await this.policy.assertOrganisationInReach(actor, input.organisationId, manager);
        else if (!hasRole(actor, 'admin')) throw new InvalidInputException([{ field: 'organisationId', message: 'organisationId is required' }]);
        changed.push('organisationId');
      }
      for (const field of ['fullName', 'participantKind', 'language', 'active'] as const) {
        if (input[field] !== undefined && input[field] !== current[field]) changed.push(field);
      }
      if (input.active === false && current.active) await this.assertMayDeactivate(actor, id, currentGrants, manager);

      let grantsChanged = false;
      if (input.roles) {
        validateGrants(input.roles);
        await this.assertScopesExist(actor, input.roles, manager);
        grantsChanged = await this.replaceGrants(manager, actor, id, currentGrants, input.roles, ip);
      }
      if (changed.length === 0 && !grantsChanged) return;
      await manager.query(
        `UPDATE app_user SET full_name = $2, organisation_id = $3, participant_kind = $4, language = $5, active = $6,
           updated_at = now(), version = version + 1
         WHERE id = $1`,
        [
          id,
          input.fullName ?? current.fullName,
          input.organisationId !== undefined ? input.organisationId : current.organisationId,
          input.participantKind ?? current.participantKind,
          input.language ?? current.language,
          input.active ?? current.active,
        ],
      );
      if (input.active === false) await this.refreshTokens.revokeAllFor(id, manager);
      if (changed.length > 0) {
        await this.audit.record('user.updated', { actorUserId: actor.id, subjectUserId: id, ip, details: { fields: changed } }, manager);
      }
    });
    return this.load(id);
  }

  async updateOwnProfile(actor: Actor, input: UpdateMeDto, ip: string): Promise<Me> {
    const fields = (['fullName', 'language'] as const).filter((field) => input[field] !== undefined && input[field] !== actor[field]);
    if (fields.length > 0) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          'UPDATE app_user SET full_name = $2, language = $3, updated_at = now(), version = version + 1 WHERE id = $1',
          [actor.id, input.fullName ?? actor.fullName, input.language ?? actor.language],
        );
        await this.audit.record('user.updated', { actorUserId: actor.id, subjectUserId: actor.id, ip, details: { fields } }, manager);
      });
    }
    return toMe({ ...actor, fullName: input.fullName ?? actor.fullName, language: input.language ?? actor.language });
  }

  /** Sends the invitation again, with a new link (the old one stops working). */
  async resendInvitation(actor: Actor, id: string, ip: string): Promise<void> {
    await this.policy.assertUserInReach(actor, id);
    const user = await this.load(id);
    this.assertMayEdit(actor, user.roles);
    if (user.status !== 'invited') throw new NotInvitedError();
    await this.dataSource.transaction(async (manager) => {
      await this.sendInvitation(manager, user);
      await this.audit.record('user.invited', { actorUserId: actor.id, subjectUserId: id, ip }, manager);
    });
  }

  private async load(id: string): Promise<User> {
    const [user] = await this.directory.findMany([id]);
    return toUser(user);
  }

  private async sendInvitation(manager: EntityManager, user: Pick<User, 'id' | 'email' | 'fullName' | 'language'>): Promise<void> {
    const { token, expiresAt } = await this.oneTimeTokens.create(user.id, 'invitation', manager);
    await this.mail.enqueue(
      { to: user.email, template: 'invitation', language: user.language, fullName: user.fullName, token, expiresAt },
      manager,
    );
  }

  /** A coordinator may not change people who hold roles the coordinator could not grant (other coordinators, admins). */
  private assertMayEdit(actor: Actor, targetGrants: RoleGrant[]): void {
    if (hasRole(actor, 'admin')) return;
    const protectedRole = nonGrantableRoleOf(targetGrants);
    if (protectedRole) throw new RoleNotGrantableError(protectedRole);
  }

  private async assertMayDeactivate(actor: Actor, id: string, grants: RoleGrant[], manager: EntityManager): Promise<void> {
    if (id === actor.id) throw new InvalidInputException([{ field: 'active', message: 'You cannot deactivate your own account' }]);
    if (grants.some((grant) => grant.role === 'admin')) await this.assertAnotherAdmin(id, manager);
  }

  private async assertAnotherAdmin(id: string, manager: EntityManager): Promise<void> {
    const [other] = await manager.query(
      `SELECT 1 FROM user_role r JOIN app_user u ON u.id = r.user_id
       WHERE r.role = 'admin' AND u.active AND u.id <> $1 LIMIT 1 FOR UPDATE OF r`,
      [id],
    );
    if (!other) throw new LastAdminError();
  }

  /** Every scope names a region or an organisation that exists and, for coordinators, lies within their reach. */
  private async assertScopesExist(actor: Actor, grants: RoleGrant[], manager?: EntityManager): Promise<void> {
    for (const grant of grants) {
      if (grant.scope && 'organisationId' in grant.scope) {
        await this.policy.assertOrganisationInReach(actor, grant.scope.organisationId, manager);
      }
    }
  }

  private async replaceGrants(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    current: RoleGrant[],
    next: RoleGrant[],
    ip: string,
  ): Promise<boolean> {
    const nextKeys = new Set(next.map(grantKey));
    const currentKeys = new Set(current.map(grantKey));
    const removed = current.filter((grant) => !nextKeys.has(grantKey(grant)));
    const added = next.filter((grant, index) => !currentKeys.has(grantKey(grant)) && next.findIndex((g) => grantKey(g) === grantKey(grant)) === index);
    this.policy.assertMayGrant(actor, [...removed, ...added]);
    if (removed.some((grant) => grant.role === 'admin') && !next.some((grant) => grant.role === 'admin')) {
      await this.assertAnotherAdmin(userId, manager);
    }
    for (const grant of removed) {
      const row = roleRows(userId, [grant], null)[0];
      await manager.query(
        `DELETE FROM user_role WHERE user_id = $1 AND role = $2
           AND scope_region_code IS NOT DISTINCT FROM $3 AND scope_organisation_id IS NOT DISTINCT FROM $4`,
        [userId, row.role, row.scopeRegionCode, row.scopeOrganisationId],
      );
      await this.audit.record('role.revoked', { actorUserId: actor.id, subjectUserId: userId, ip, details: { ...grant } }, manager);
    }
    await this.insertGrants(manager, userId, added, actor, ip);
    return removed.length + added.length > 0;
  }

  private async insertGrants(manager: EntityManager, userId: string, grants: RoleGrant[], actor: Actor, ip: string): Promise<void> {
    for (const row of roleRows(userId, grants, actor.id)) {
      await manager.query(
        `INSERT INTO user_role (user_id, role, scope_region_code, scope_organisation_id, granted_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [row.userId, row.role, row.scopeRegionCode, row.scopeOrganisationId, row.grantedBy],
      );
    }
    for (const grant of grants) {
      await this.audit.record('role.granted', { actorUserId: actor.id, subjectUserId: userId, ip, details: { ...grant } }, manager);
    }
  }
}
