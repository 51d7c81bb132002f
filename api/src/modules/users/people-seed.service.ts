import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleGrant } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_OPTIONS, type AppOptions } from '../../app/app-options';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { loadDemoCatalogue } from '../../demo/demo-catalogue';
import { DEMO_PEOPLE, type SeedPerson } from './demo-people';
import { UsersRepository } from './users.repository';

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
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
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
    if (await this.users.anotherActiveAdmin(manager, null)) return;
    let id = await this.users.idByEmail(manager, email);
    if (id) {
      // The account is there already: make it an active admin, keeping a password it has.
      await this.users.activate(manager, id, await hashPassword(password));
      await this.users.insertGrants(manager, id, [{ role: 'admin' }], null);
    } else {
      const admin: SeedPerson = { email, fullName: 'Administrator', organisationName: null, participantKind: 'other', roles: [{ role: 'admin' }], password };
      id = await this.insertPerson(manager, admin, false);
    }
    await this.audit.record('role.granted', { subjectUserId: id, object: { type: 'user', id }, newValue: { role: 'admin' }, details: { source: 'ADMIN_EMAIL' } }, manager);
    this.logger.log('Created the first admin from ADMIN_EMAIL');
  }

  private async loadDemoPeople(manager: EntityManager): Promise<void> {
    if (await this.users.anyone(manager)) return;
    for (const person of DEMO_PEOPLE) await this.insertPerson(manager, person, true);
    await loadDemoCatalogue(manager, new Date());
    this.logger.log(`Loaded ${DEMO_PEOPLE.length} demo people (see the README for their sign-in) and the demo courses, runs and sessions`);
  }

  private async insertPerson(manager: EntityManager, person: SeedPerson, isDemo: boolean): Promise<string> {
    const organisationId = person.organisationName ? await this.organisationNamed(manager, person.organisationName) : null;
    const id = await this.users.insert(manager, {
      email: person.email,
      fullName: person.fullName,
      organisationId,
      participantKind: person.participantKind,
      passwordHash: person.password ? await hashPassword(person.password) : null,
      language: 'lv',
      isDemo,
    });
    await this.users.insertGrants(manager, id, await this.resolveScopes(manager, person.roles), null);
    return id;
  }

  /** Demo scopes name organisations; the database knows them by id. */
  private async resolveScopes(manager: EntityManager, roles: SeedPerson['roles']): Promise<RoleGrant[]> {
    const grants: RoleGrant[] = [];
    for (const grant of roles) {
      if (grant.scopeOrganisationName) {
        grants.push({ role: grant.role, scope: { organisationId: await this.organisationNamed(manager, grant.scopeOrganisationName) } });
      } else {
        grants.push(grant.scope ? { role: grant.role, scope: grant.scope } : { role: grant.role });
      }
    }
    return grants;
  }

  private async organisationNamed(manager: EntityManager, name: string): Promise<string> {
    const id = await this.organisations.idByName(manager, name);
    if (!id) throw new Error(`The seed names an organisation that the reference data lacks: ${name}`);
    return id;
  }
}
