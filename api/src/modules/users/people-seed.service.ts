import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleGrant } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../../app/app-options';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { roleRows } from './role-grants';
import { DEMO_PEOPLE, type SeedPerson } from './demo-people';

/**
 * On start: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no
 * active admin, and the invented demo people on an empty database when demo
 * data is on. Both under an advisory lock, so replicas starting together do it once.
 */
@Injectable()
export class PeopleSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PeopleSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_OPTIONS) private readonly options: AppOptions,
    private readonly config: ConfigService,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('people-seed'))`);
      if (this.options.demoData) await this.loadDemoPeople(manager);
      await this.ensureFirstAdmin(manager);
    });
  }

  private async ensureFirstAdmin(manager: EntityManager): Promise<void> {
    const email = this.config.get<string>('ADMIN_EMAIL')?.trim().toLowerCase();
    const password = this.config.get<string>('ADMIN_PASSWORD');
    if (!email || !password) return;
    const [admin] = await manager.query(
      `SELECT 1 FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE r.role = 'admin' AND u.active LIMIT 1`,
    );
    if (admin) return;
    const [existing]: { id: string }[] = await manager.query('SELECT id FROM app_user WHERE email = $1', [email]);
    let id: string;
    if (existing) {
      // The account is there already: make it an active admin, keeping a password it has.
      id = existing.id;
      await manager.query(`UPDATE app_user SET active = true, password_hash = coalesce(password_hash, $2) WHERE id = $1`, [id, await hashPassword(password)]);
      await this.insertGrants(manager, id, [{ role: 'admin' }]);
    } else {
      const admin: SeedPerson = { email, fullName: 'Administrator', organisationName: null, participantKind: 'other', roles: [{ role: 'admin' }], password };
      id = await this.insertPerson(manager, admin, false);
    }
    await this.audit.record('role.granted', { subjectUserId: id, details: { role: 'admin', source: 'ADMIN_EMAIL' } }, manager);
    this.logger.log('Created the first admin from ADMIN_EMAIL');
  }

  private async loadDemoPeople(manager: EntityManager): Promise<void> {
    const [anyone] = await manager.query('SELECT 1 FROM app_user LIMIT 1');
    if (anyone) return;
    for (const person of DEMO_PEOPLE) await this.insertPerson(manager, person, true);
    this.logger.log(`Loaded ${DEMO_PEOPLE.length} demo people (see the README for their sign-in)`);
  }

  private async insertPerson(manager: EntityManager, person: SeedPerson, isDemo: boolean): Promise<string> {
    const [organisation]: { id: string }[] = person.organisationName
      ? await manager.query('SELECT id FROM organisation WHERE name = $1', [person.organisationName])
      : [];
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [person.email, person.fullName, organisation?.id ?? null, person.participantKind, person.password ? await hashPassword(person.password) : null, isDemo],
    );
    await this.insertGrants(manager, row.id, await this.resolveScopes(manager, person.roles));
    return row.id;
  }

  /** Demo scopes name organisations; the database knows them by id. */
  private async resolveScopes(manager: EntityManager, roles: SeedPerson['roles']): Promise<RoleGrant[]> {
    const grants: RoleGrant[] = [];
    for (const grant of roles) {
      if (grant.scopeOrganisationName) {
        const [organisation]: { id: string }[] = await manager.query('SELECT id FROM organisation WHERE name = $1', [grant.scopeOrganisationName]);
        grants.push({ role: grant.role, scope: { organisationId: organisation.id } });
      } else {
        grants.push(grant.scope ? { role: grant.role, scope: grant.scope } : { role: grant.role });
      }
    }
    return grants;
  }

  private async insertGrants(manager: EntityManager, userId: string, grants: RoleGrant[]): Promise<void> {
    for (const row of roleRows(userId, grants, null)) {
      await manager.query(
        `INSERT INTO user_role (user_id, role, scope_region_code, scope_organisation_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [row.userId, row.role, row.scopeRegionCode, row.scopeOrganisationId],
      );
    }
  }
}
