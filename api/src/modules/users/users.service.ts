import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HistoryEntry, Me, Page, RoleGrant, User } from '@di/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { RoleNotGrantableError } from '../../access/access-errors';
import { type Actor, hasRole } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { sqlState } from '../../errors/database-errors';
import { ForbiddenError, InvalidInputError, StaleUpdateError } from '../../errors/domain-error';
import type { PageQueryDto } from '../../http/page-query.dto';
import { foldForSearch } from '../../http/search-text';
import { AuditService } from '../audit/audit.service';
import { HistoryService } from '../audit/history.service';
import { OneTimeTokensService } from '../auth/one-time-tokens.service';
import { hashPassword } from '../auth/password-hasher';
import { assertAcceptablePassword } from '../auth/password-policy';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { MailService } from '../mail/mail.service';
import { UpdateMeDto } from '../auth/dto/update-me.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { grantKey, nonGrantableRoleOf, validateGrants } from './role-grants';
import { toMe, toUser } from './user-mapper';
import { UsersRepository, type NewPerson, type PersonChanges } from './users.repository';
import { EmailTakenError, LastAdminError, NotInvitedError } from './users-errors';

const EDITABLE_FIELDS = ['fullName', 'organisationId', 'participantKind', 'language', 'active'] as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly policy: AccessPolicy,
    private readonly oneTimeTokens: OneTimeTokensService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly history: HistoryService,
  ) {}

  async list(actor: Actor, query: UserQueryDto): Promise<Page<User>> {
    const search = query.q ? foldForSearch(query.q) : '';
    const { ids, total } = await this.users.listIds(this.policy.scope(actor, 'user.read', 'u'), {
      organisationId: query.organisationId,
      role: query.role,
      search: search || undefined,
      status: query.status,
      offset: query.offset,
      limit: query.pageSize,
    });
    const users = await this.users.findMany(ids);
    return { items: users.map(toUser), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<User> {
    await this.policy.require(actor, 'user.read', [id]);
    return this.load(id);
  }

  async historyOf(actor: Actor, id: string, page: PageQueryDto): Promise<Page<HistoryEntry>> {
    await this.policy.require(actor, 'user.history.read', [id]);
    return this.history.forObject('user', id, page);
  }

  /** Creates the account and, unless an admin gave a password, sends an invitation: all or nothing. */
  async create(actor: Actor, input: CreateUserDto, ip: string): Promise<User> {
    const roles = validateGrants(input.roles);
    if (roles.length === 0) throw new InvalidInputError([{ field: 'roles', code: 'ROLE_REQUIRED', message: 'A person needs at least one role' }]);
    this.policy.assertMayGrant(actor, roles);
    const organisationId = input.organisationId ?? null;
    if (!organisationId && !roles.every((grant) => grant.role === 'admin')) {
      throw new InvalidInputError([{ field: 'organisationId', message: 'organisationId is required unless the person is only an admin' }]);
    }
    if (organisationId) await this.policy.require(actor, 'user.create', [organisationId]);
    await this.assertScopesExist(actor, roles);
    if (input.password !== undefined && !hasRole(actor, 'admin')) throw new ForbiddenError('Only an admin may set a password for someone');
    if (input.password !== undefined) assertAcceptablePassword('password', input.password, input.email);
    const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
    const language = input.language ?? 'lv';

    const id = await inTransaction(this.dataSource, (manager) =>
      this.createWithin(manager, actor, { email: input.email, fullName: input.fullName, organisationId, participantKind: input.participantKind, language, passwordHash }, roles, ip),
    );
    return this.load(id);
  }

  /**
   * Creates the account in the caller's transaction, once the caller has checked the actor may:
   * the person, their roles and (without a password) the invitation, each in the history.
   */
  private async createWithin(manager: EntityManager, actor: Actor, person: NewPerson, roles: RoleGrant[], ip: string): Promise<string> {
    if (await this.users.idByEmail(manager, person.email)) throw new EmailTakenError();
    const [created] = await this.insertPeople(manager, [person]);
    const object = { type: 'user', id: created } as const;
    const { passwordHash, ...shown } = person;
    await this.audit.record('user.created', { actorUserId: actor.id, subjectUserId: created, ip, object, newValue: { ...shown } }, manager);
    await this.grant(manager, actor, created, roles, ip);
    if (!passwordHash) {
      await this.sendInvitation(manager, { id: created, email: person.email, fullName: person.fullName, language: person.language });
      await this.audit.record('user.invited', { actorUserId: actor.id, subjectUserId: created, ip, object }, manager);
    }
    return created;
  }

  /**
   * Many new participants at once (a file of people), in the caller's transaction, once the
   * caller has checked the actor may create them in their organisations: each invited, each
   * step in their history. The ids come back in the order of `people`.
   */
  async createParticipantsWithin(manager: EntityManager, actor: Actor, people: readonly Omit<NewPerson, 'passwordHash'>[], ip: string): Promise<string[]> {
    if (people.length === 0) return [];
    const ids = await this.insertPeople(manager, people.map((person) => ({ ...person, passwordHash: null })));
    await this.users.insertRoleForMany(manager, ids, 'participant', actor.id);
    const entries = (action: (id: string, index: number) => Partial<Parameters<AuditService['record']>[1]>) =>
      ids.map((id, index) => ({ actorUserId: actor.id, subjectUserId: id, ip, object: { type: 'user' as const, id }, ...action(id, index) }));
    await this.audit.recordAll('user.created', entries((_id, index) => ({ newValue: { ...people[index] } })), manager);
    await this.audit.recordAll('role.granted', entries(() => ({ newValue: { role: 'participant' } })), manager);
    const tokens = await this.oneTimeTokens.createMany(ids, 'invitation', manager);
    await this.mail.enqueueMany(
      people.map((person, index) => ({ to: person.email, template: 'invitation', language: person.language, fullName: person.fullName, ...tokens[index] })),
      manager,
    );
    await this.audit.recordAll('user.invited', entries(() => ({})), manager);
    return ids;
  }

  private async insertPeople(manager: EntityManager, people: readonly NewPerson[]): Promise<string[]> {
    return this.users.insertMany(manager, people).catch((error: unknown) => {
      throw sqlState(error) === '23505' ? new EmailTakenError() : error;
    });
  }

  /**
   * Changes the person, when `expectedVersion` (if given) is still theirs. A change that could
   * leave the platform without an active admin first locks the admins, so that two such changes
   * at once run one after the other and the second sees the first.
   */
  async update(actor: Actor, id: string, input: UpdateUserDto, expectedVersion: number | undefined, ip: string): Promise<User> {
    await this.policy.require(actor, 'user.update', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      if (input.active === false || input.roles !== undefined) await this.users.lockAdmins(manager);
      const [current] = await this.users.findMany([id], manager, { lock: true });
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw new StaleUpdateError('The person', current.version);
      const currentGrants = toUser(current).roles;
      this.assertMayEdit(actor, currentGrants);

      const next: PersonChanges = {
        fullName: input.fullName ?? current.fullName,
        organisationId: input.organisationId !== undefined ? input.organisationId : current.organisationId,
        participantKind: input.participantKind ?? current.participantKind,
        language: input.language ?? current.language,
        active: input.active ?? current.active,
      };
      const changed = EDITABLE_FIELDS.filter((field) => next[field] !== current[field]);
      if (changed.includes('organisationId')) {
        // Moving someone places them in an organisation, as creating them does.
        if (next.organisationId) await this.policy.require(actor, 'user.create', [next.organisationId], manager);
        else if (!hasRole(actor, 'admin')) throw new InvalidInputError([{ field: 'organisationId', message: 'organisationId is required' }]);
      }
      if (changed.includes('active') && !next.active) await this.assertMayDeactivate(actor, id, currentGrants, manager);

      let grantsChanged = false;
      if (input.roles) {
        const roles = validateGrants(input.roles);
        await this.assertScopesExist(actor, roles, manager);
        grantsChanged = await this.replaceGrants(manager, actor, id, currentGrants, roles, ip);
      }
      if (changed.length === 0 && !grantsChanged) return;
      await this.users.update(manager, id, next);
      if (changed.includes('active') && !next.active) await this.refreshTokens.revokeAllFor(id, manager);
      if (changed.length > 0) {
        await this.audit.record(
          'user.updated',
          {
            actorUserId: actor.id,
            subjectUserId: id,
            ip,
            object: { type: 'user', id },
            oldValue: Object.fromEntries(changed.map((field) => [field, current[field]])),
            newValue: Object.fromEntries(changed.map((field) => [field, next[field]])),
          },
          manager,
        );
      }
    });
    return this.load(id);
  }

  async updateOwnProfile(actor: Actor, input: UpdateMeDto, ip: string): Promise<Me> {
    const next = { fullName: input.fullName ?? actor.fullName, language: input.language ?? actor.language };
    const fields = (['fullName', 'language'] as const).filter((field) => next[field] !== actor[field]);
    if (fields.length > 0) {
      await inTransaction(this.dataSource, async (manager) => {
        await this.users.updateProfile(manager, actor.id, next.fullName, next.language);
        await this.audit.record(
          'user.updated',
          {
            actorUserId: actor.id,
            subjectUserId: actor.id,
            ip,
            object: { type: 'user', id: actor.id },
            oldValue: Object.fromEntries(fields.map((field) => [field, actor[field]])),
            newValue: Object.fromEntries(fields.map((field) => [field, next[field]])),
          },
          manager,
        );
      });
    }
    return toMe({ ...actor, ...next });
  }

  /** Sends the invitation again, with a new link (the old one stops working). */
  async resendInvitation(actor: Actor, id: string, ip: string): Promise<void> {
    await this.policy.require(actor, 'user.invite', [id]);
    const user = await this.load(id);
    this.assertMayEdit(actor, user.roles);
    if (user.status !== 'invited') throw new NotInvitedError();
    await inTransaction(this.dataSource, async (manager) => {
      await this.sendInvitation(manager, user);
      await this.audit.record('user.invited', { actorUserId: actor.id, subjectUserId: id, ip, object: { type: 'user', id } }, manager);
    });
  }

  private async load(id: string): Promise<User> {
    const [user] = await this.users.findMany([id]);
    return toUser(user);
  }

  private async sendInvitation(manager: EntityManager, user: Pick<User, 'id' | 'email' | 'fullName' | 'language'>): Promise<void> {
    const { token, expiresAt } = await this.oneTimeTokens.create(user.id, 'invitation', manager);
    await this.mail.enqueue({ to: user.email, template: 'invitation', language: user.language, fullName: user.fullName, token, expiresAt }, manager);
  }

  /** A coordinator may not change people who hold roles the coordinator could not grant (other coordinators, admins). */
  private assertMayEdit(actor: Actor, targetGrants: RoleGrant[]): void {
    if (hasRole(actor, 'admin')) return;
    const protectedRole = nonGrantableRoleOf(targetGrants);
    if (protectedRole) throw new RoleNotGrantableError(protectedRole);
  }

  private async assertMayDeactivate(actor: Actor, id: string, grants: RoleGrant[], manager: EntityManager): Promise<void> {
    if (id === actor.id) throw new InvalidInputError([{ field: 'active', message: 'You cannot deactivate your own account' }]);
    if (grants.some((grant) => grant.role === 'admin') && !(await this.users.anotherActiveAdmin(manager, id))) throw new LastAdminError();
  }

  /** Every organisation a scope names must exist; only admins grant scoped roles (coordinator). */
  private async assertScopesExist(actor: Actor, grants: RoleGrant[], manager?: EntityManager): Promise<void> {
    const organisationIds = grants.flatMap((grant) => (grant.scope && 'organisationId' in grant.scope ? [grant.scope.organisationId] : []));
    if (organisationIds.length > 0) await this.policy.require(actor, 'organisation.read', organisationIds, manager);
  }

  private async replaceGrants(manager: EntityManager, actor: Actor, userId: string, current: RoleGrant[], next: RoleGrant[], ip: string): Promise<boolean> {
    const nextKeys = new Set(next.map(grantKey));
    const currentKeys = new Set(current.map(grantKey));
    const removed = current.filter((grant) => !nextKeys.has(grantKey(grant)));
    const added = next.filter((grant, index) => !currentKeys.has(grantKey(grant)) && next.findIndex((g) => grantKey(g) === grantKey(grant)) === index);
    this.policy.assertMayGrant(actor, [...removed, ...added]);
    if (removed.some((grant) => grant.role === 'admin') && !next.some((grant) => grant.role === 'admin') && !(await this.users.anotherActiveAdmin(manager, userId))) {
      throw new LastAdminError();
    }
    for (const grant of removed) {
      await this.users.deleteGrant(manager, userId, grant);
      await this.audit.record('role.revoked', { actorUserId: actor.id, subjectUserId: userId, ip, object: { type: 'user', id: userId }, oldValue: { ...grant } }, manager);
    }
    await this.grant(manager, actor, userId, added, ip);
    return removed.length + added.length > 0;
  }

  private async grant(manager: EntityManager, actor: Actor, userId: string, grants: RoleGrant[], ip: string): Promise<void> {
    await this.users.insertGrants(manager, userId, grants, actor.id);
    for (const grant of grants) {
      await this.audit.record('role.granted', { actorUserId: actor.id, subjectUserId: userId, ip, object: { type: 'user', id: userId }, newValue: { ...grant } }, manager);
    }
  }
}
