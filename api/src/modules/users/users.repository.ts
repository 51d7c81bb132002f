import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, ParticipantKind, Role, RoleGrant, UserStatus } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import type { ScopeCondition } from '../../access/scope-condition';
import { roleRows } from './role-grants';
import { toActor } from './user-mapper';
import { UserEntity } from './user.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NewPerson {
  email: string;
  fullName: string;
  organisationId: string | null;
  participantKind: ParticipantKind;
  passwordHash: string | null;
  language: Locale;
  isDemo?: boolean;
}

export interface PersonChanges {
  fullName: string;
  organisationId: string | null;
  participantKind: ParticipantKind;
  language: Locale;
  active: boolean;
}

/** What an actor is made of (`actorFromRows`): the person, and one row per role grant. */
const ACTOR_COLUMNS = 'SELECT u.id, u.email, u.full_name, u.organisation_id, u.language, r.role, r.scope_region_code, r.scope_organisation_id';

/** The status `toUser` derives, as a condition on alias `u`. */
const STATUS_CONDITION: Record<UserStatus, string> = {
  invited: 'u.active AND u.password_hash IS NULL',
  active: 'u.active AND u.password_hash IS NOT NULL',
  inactive: 'NOT u.active',
};

export interface PeopleFilter {
  organisationId?: string;
  role?: Role;
  /** Already folded for search (lower case, no diacritics). */
  search?: string;
  status?: UserStatus;
  offset: number;
  limit: number;
}

/**
 * Every query on people and their role grants (`app_user`, `user_role`), for the services, the
 * sign-in path and the seed alike. Methods that change data take the caller's transaction.
 */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The active person behind a token, or undefined: one statement, on every signed-in request.
   * One row per grant (a plain join measured faster than aggregating in SQL); a row whose role
   * is null is a person without grants.
   */
  async findActiveActor(id: string, manager: EntityManager = this.dataSource.manager): Promise<Actor | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: ActorRow[] = await manager.query(
      `${ACTOR_COLUMNS} FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
        WHERE u.id = $1 AND u.active`,
      [id],
    );
    return rows.length > 0 ? actorFromRows(rows) : undefined;
  }

  /**
   * The active person behind an access token, in the same one statement as findActiveActor, and only
   * while the token's session lives: its current refresh token (neither rotated nor revoked) has not
   * expired. Sign-out, a password change or reset and deactivation revoke it; idle and absolute
   * limits expire it (see RefreshTokensService).
   */
  async findSignedInActor(id: string, sessionId: string): Promise<Actor | undefined> {
    if (!UUID.test(id) || !UUID.test(sessionId)) return undefined;
    const rows: ActorRow[] = await this.dataSource.query(
      `${ACTOR_COLUMNS} FROM app_user u
         JOIN refresh_token s ON s.family_id = $2 AND s.user_id = u.id AND s.used_at IS NULL AND s.revoked_at IS NULL
         LEFT JOIN user_role r ON r.user_id = u.id
        WHERE u.id = $1 AND u.active AND s.expires_at > now()`,
      [id, sessionId],
    );
    return rows.length > 0 ? actorFromRows(rows) : undefined;
  }

  /** With the password hash, for checking a password; never leaves the API. */
  findByEmailWithSecret(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.roles', 'r')
      .where('u.email = :email', { email: normaliseEmail(email) })
      .getOne();
  }

  /** Full records (roles, and whether a password is set) in the order of `ids`; `lock` takes their rows FOR UPDATE first. */
  async findMany(ids: string[], manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    if (options.lock) await manager.query('SELECT 1 FROM app_user WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE', [ids]);
    const found = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.roles', 'r')
      .where('u.id = ANY(:ids)', { ids })
      .getMany();
    const byId = new Map(found.map((user) => [user.id, user]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One page of ids, sorted by name, within `scope` (a condition on alias `u`), and the total. */
  async listIds(scope: ScopeCondition, filter: PeopleFilter): Promise<{ ids: string[]; total: number }> {
    const builder = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id')
      .where(scope.sql, scope.params)
      .orderBy('u.full_name COLLATE "lv-x-icu"', 'ASC')
      .addOrderBy('u.id')
      .offset(filter.offset)
      .limit(filter.limit);
    if (filter.organisationId) builder.andWhere('u.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.role) builder.andWhere('EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role)', { role: filter.role });
    if (filter.search) builder.andWhere('strpos(u.search_text, :search) > 0', { search: filter.search });
    if (filter.status) builder.andWhere(STATUS_CONDITION[filter.status]);
    const [rows, total] = await builder.getManyAndCount();
    return { ids: rows.map((row) => row.id), total };
  }

  async anyone(manager: EntityManager): Promise<boolean> {
    return (await manager.query('SELECT 1 FROM app_user LIMIT 1')).length > 0;
  }

  async idByEmail(manager: EntityManager, email: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await manager.query('SELECT id FROM app_user WHERE email = $1', [normaliseEmail(email)]);
    return row?.id;
  }

  /** Inserts the person; a taken email address is the unique violation of `app_user_email_key`. */
  async insert(manager: EntityManager, person: NewPerson): Promise<string> {
    const [id] = await this.insertMany(manager, [person]);
    return id;
  }

  /** Inserts people in one statement; their ids in the order given. */
  async insertMany(manager: EntityManager, people: readonly NewPerson[]): Promise<string[]> {
    const column = <K extends keyof NewPerson>(key: K, fallback?: NewPerson[K]) => people.map((person) => person[key] ?? fallback ?? null);
    const rows: { id: string; ordinality: string }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::boolean[]) WITH ORDINALITY
           AS p(email, full_name, organisation_id, participant_kind, password_hash, language, is_demo, ordinality))
       INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash, language, is_demo)
       SELECT email, full_name, organisation_id, participant_kind, password_hash, language, is_demo FROM input ORDER BY ordinality
       RETURNING id, email`,
      [column('email'), column('fullName'), column('organisationId'), column('participantKind'), column('passwordHash'), column('language'), column('isDemo', false)],
    );
    const byEmail = new Map((rows as unknown as { id: string; email: string }[]).map((row) => [row.email, row.id]));
    return people.map((person) => byEmail.get(person.email) as string);
  }

  /** One role without a scope for each of the people. */
  async insertRoleForMany(manager: EntityManager, userIds: readonly string[], role: Exclude<Role, 'coordinator'>, grantedBy: string | null): Promise<void> {
    await manager.query(`INSERT INTO user_role (user_id, role, granted_by) SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING`, [userIds, role, grantedBy]);
  }

  /** Writes the fields and moves the version on by one. */
  async update(manager: EntityManager, id: string, changes: PersonChanges): Promise<void> {
    await manager.query(
      `UPDATE app_user SET full_name = $2, organisation_id = $3, participant_kind = $4, language = $5, active = $6,
         updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, changes.fullName, changes.organisationId, changes.participantKind, changes.language, changes.active],
    );
  }

  async updateProfile(manager: EntityManager, id: string, fullName: string, language: Locale): Promise<void> {
    await manager.query('UPDATE app_user SET full_name = $2, language = $3, updated_at = now(), version = version + 1 WHERE id = $1', [id, fullName, language]);
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query('UPDATE app_user SET password_hash = $1, updated_at = now() WHERE id = $2', [passwordHash, id]);
  }

  /** Makes an existing account an active one, keeping a password it has. */
  async activate(manager: EntityManager, id: string, passwordHashIfNone: string): Promise<void> {
    await manager.query('UPDATE app_user SET active = true, password_hash = coalesce(password_hash, $2), updated_at = now(), version = version + 1 WHERE id = $1', [
      id,
      passwordHashIfNone,
    ]);
  }

  async emailOf(manager: EntityManager, id: string): Promise<string | undefined> {
    const [row]: { email: string }[] = await manager.query('SELECT email FROM app_user WHERE id = $1', [id]);
    return row?.email;
  }

  async insertGrants(manager: EntityManager, userId: string, grants: RoleGrant[], grantedBy: string | null): Promise<void> {
    for (const row of roleRows(userId, grants, grantedBy)) {
      await manager.query(
        `INSERT INTO user_role (user_id, role, scope_region_code, scope_organisation_id, granted_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [row.userId, row.role, row.scopeRegionCode, row.scopeOrganisationId, row.grantedBy],
      );
    }
  }

  async deleteGrant(manager: EntityManager, userId: string, grant: RoleGrant): Promise<void> {
    const [row] = roleRows(userId, [grant], null);
    await manager.query(
      `DELETE FROM user_role WHERE user_id = $1 AND role = $2
         AND scope_region_code IS NOT DISTINCT FROM $3 AND scope_organisation_id IS NOT DISTINCT FROM $4`,
      [userId, row.role, row.scopeRegionCode, row.scopeOrganisationId],
    );
  }

  /**
   * Locks every admin's account row, in id order, before anything else in a transaction that
   * could leave the platform without an active admin. Two such transactions then run one after
   * the other, and the second sees what the first did.
   */
  async lockAdmins(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT u.id FROM app_user u WHERE EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'admin') ORDER BY u.id FOR NO KEY UPDATE OF u`,
    );
  }

  /** Whether an active admin other than `exceptId` exists (call after lockAdmins). */
  async anotherActiveAdmin(manager: EntityManager, exceptId: string | null): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE r.role = 'admin' AND u.active AND u.id IS DISTINCT FROM $1 LIMIT 1`,
      [exceptId],
    );
    return rows.length > 0;
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

interface ActorRow {
  id: string;
  email: string;
  full_name: string;
  organisation_id: string | null;
  language: Locale;
  role: Role | null;
  scope_region_code: string | null;
  scope_organisation_id: string | null;
}

function actorFromRows(rows: ActorRow[]): Actor {
  const [first] = rows;
  return toActor({
    id: first.id,
    email: first.email,
    fullName: first.full_name,
    organisationId: first.organisation_id,
    language: first.language,
    roles: rows.flatMap((row) => (row.role ? [{ role: row.role, scopeRegionCode: row.scope_region_code, scopeOrganisationId: row.scope_organisation_id }] : [])),
  });
}
