import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COORDINATOR_GRANTABLE_ROLES, type RoleGrant } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../http/domain-error';
import { type Actor, hasRole } from './actor';
import { RoleNotGrantableError } from './access-errors';

/** A SQL condition with its named parameters, for a query builder's `andWhere`. */
export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The one place that answers "may this actor read or change this object?".
 * Admins reach everything; a coordinator reaches the organisations in their
 * scopes (a planning region, or an organisation with its sub-units) and the
 * people whose home organisation lies there; nobody else manages people.
 * Out-of-reach objects are reported as not found, never as forbidden.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Condition on an organisation id column (e.g. `u.organisation_id`) limiting rows to the actor's reach. */
  organisationCondition(actor: Actor, column: string): ScopeCondition {
    if (hasRole(actor, 'admin')) return { sql: 'TRUE', params: {} };
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    actor.roles.forEach((grant, index) => {
      if (grant.role !== 'coordinator' || !grant.scope) return;
      if ('regionCode' in grant.scope) {
        parts.push(`${column} IN (SELECT id FROM organisation WHERE region_code = :scopeRegion${index})`);
        params[`scopeRegion${index}`] = grant.scope.regionCode;
      } else {
        parts.push(`${column} IN (${SUBTREE_SQL(`:scopeOrganisation${index}`)})`);
        params[`scopeOrganisation${index}`] = grant.scope.organisationId;
      }
    });
    return parts.length > 0 ? { sql: `(${parts.join(' OR ')})`, params } : { sql: 'FALSE', params: {} };
  }

  /** Throws NotFoundError unless the actor may manage this person. */
  async assertUserInReach(actor: Actor, userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const condition = this.organisationCondition(actor, 'u.organisation_id');
    const found = await manager
      .createQueryBuilder()
      .select('1')
      .from('app_user', 'u')
      .where('u.id = :userId', { userId })
      .andWhere(condition.sql, condition.params)
      .getRawOne();
    if (!found) throw new NotFoundError('The person');
  }

  /** Throws NotFoundError unless the organisation exists and lies within the actor's reach. */
  async assertOrganisationInReach(actor: Actor, organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const condition = this.organisationCondition(actor, 'o.id');
    const found = await manager
      .createQueryBuilder()
      .select('1')
      .from('organisation', 'o')
      .where('o.id = :organisationId', { organisationId })
      .andWhere(condition.sql, condition.params)
      .getRawOne();
    if (!found) throw new NotFoundError('The organisation');
  }

  /** A coordinator may hand out only participant and trainer; an admin anything. */
  assertMayGrant(actor: Actor, grants: readonly RoleGrant[]): void {
    if (hasRole(actor, 'admin')) return;
    const refused = grants.find((grant) => !COORDINATOR_GRANTABLE_ROLES.includes(grant.role));
    if (refused) throw new RoleNotGrantableError(refused.role);
  }
}

/** Ids of an organisation and every unit below it. */
function SUBTREE_SQL(rootParameter: string): string {
  return `WITH RECURSIVE subtree AS (
      SELECT id FROM organisation WHERE id = ${rootParameter}
      UNION ALL
      SELECT child.id FROM organisation child JOIN subtree ON child.parent_id = subtree.id
    ) SELECT id FROM subtree`;
}
