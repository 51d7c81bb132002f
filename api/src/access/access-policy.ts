import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COORDINATOR_GRANTABLE_ROLES, holdsPermission, type Permission, type RoleGrant } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../errors/domain-error';
import { type Actor, hasRole, roleNames } from './actor';
import { RoleNotGrantableError } from './access-errors';
import { OBJECT_PERMISSIONS, RESOURCES, type ObjectPermission } from './permission-definitions';
import { anyOf, NOTHING, type ScopeCondition } from './scope-condition';

/**
 * The one place that answers "may this actor do this to these objects?". One definition per
 * permission (permission-definitions.ts) gives both the condition a list adds and the check an
 * action makes, so a list and a get cannot disagree. Objects the actor cannot see are not found;
 * objects they can see but not act on are forbidden.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The condition on the rows behind `alias` that limits a list to what the actor may `permission`. */
  scope(actor: Actor, permission: Permission, alias: string): ScopeCondition {
    const definition = objectPermission(permission);
    if (!holdsPermission(roleNames(actor), permission)) return NOTHING;
    const reaches = definition.reach['signed-in'] ? [definition.reach['signed-in']] : [];
    for (const role of new Set(roleNames(actor))) {
      const reach = definition.reach[role];
      if (reach) reaches.push(reach);
    }
    return anyOf(reaches.map((reach) => reach(actor, alias)));
  }

  /** Which of `ids` the actor may `permission`; the others are simply left out. */
  async filter(actor: Actor, permission: Permission, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const { table } = RESOURCES[objectPermission(permission).resource];
    const condition = this.scope(actor, permission, 'target');
    if (condition === NOTHING) return new Set();
    const rows: { id: string }[] = await manager
      .createQueryBuilder()
      .select('target.id', 'id')
      .from(table, 'target')
      .where('target.id = ANY(:ids)', { ids: unique })
      .andWhere(condition.sql, condition.params)
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  /**
   * The ids, when the actor may `permission` every one of them. Otherwise throws: 403 when the
   * actor can see them all but not do this, 404 when any is out of sight (or does not exist).
   */
  async require(actor: Actor, permission: Permission, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const definition = objectPermission(permission);
    const resource = RESOURCES[definition.resource];
    const allowed = await this.filter(actor, permission, ids, manager);
    const refused = [...new Set(ids)].filter((id) => !allowed.has(id));
    if (refused.length === 0) return [...allowed];
    const hidden = resource.readPermission === permission || definition.refusalIsNotFound;
    const visible = hidden ? new Set<string>() : await this.filter(actor, resource.readPermission, refused, manager);
    if (visible.size === refused.length) throw new ForbiddenError(`You may not do this (${permission})`);
    throw new NotFoundError(resource.label);
  }

  /**
   * Whether a row with these values, not yet written (a new run, or a run moved to another
   * region), would be within the actor's reach for `permission`. Values are `[value, SQL type]`.
   */
  async reachesValues(actor: Actor, permission: Permission, values: Record<string, [unknown, string]>, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const condition = this.scope(actor, permission, 'target');
    if (condition === NOTHING) return false;
    const columns = Object.entries(values).map(([column, [, type]], index) => `CAST(:value${index} AS ${type}) AS ${column}`);
    const params = Object.fromEntries(Object.values(values).map(([value], index) => [`value${index}`, value]));
    const rows = await manager
      .createQueryBuilder()
      .select('1', 'reached')
      .from(`(SELECT ${columns.join(', ')})`, 'target')
      .where(condition.sql, { ...condition.params, ...params })
      .getRawMany();
    return rows.length > 0;
  }

  /** A coordinator may hand out only participant and trainer; an admin anything. */
  assertMayGrant(actor: Actor, grants: readonly RoleGrant[]): void {
    if (hasRole(actor, 'admin')) return;
    const refused = grants.find((grant) => !COORDINATOR_GRANTABLE_ROLES.includes(grant.role));
    if (refused) throw new RoleNotGrantableError(refused.role);
  }
}

function objectPermission(permission: Permission): ObjectPermission {
  const definition = OBJECT_PERMISSIONS[permission];
  if (!definition) throw new Error(`${permission} is not about objects: it has no entry in OBJECT_PERMISSIONS`);
  return definition;
}
