import type { Actor } from './actor';
import { EVERYTHING, NOTHING, type ScopeCondition } from './scope-condition';

/**
 * How the holders of a role reach objects: a condition on the row behind `alias`. The policy
 * ORs the reaches of the actor's roles. Later relations (the trainer of a run, the participant
 * of an enrolment) are more functions of this shape.
 */
export type Reach = ((actor: Actor, alias: string) => ScopeCondition) & {
  /** What kind of relation this is, so that the authorisation matrix test can tell what to expect. */
  readonly relation: 'everything' | 'coordinator-scope' | 'not-draft' | 'trainer-of-run' | 'own';
};

function reach(relation: Reach['relation'], condition: (actor: Actor, alias: string) => ScopeCondition): Reach {
  return Object.assign(condition, { relation });
}

export const everything: Reach = reach('everything', () => EVERYTHING);

/**
 * Rows whose organisation (the column `column`) lies in one of the actor's coordinator scopes:
 * a planning region, or an organisation with everything below it, read from the maintained
 * `organisation_closure` rather than walked per request.
 */
export function inCoordinatorScope(column: string): Reach {
  return reach('coordinator-scope', (actor, alias) => coordinatorCondition(actor, alias, { organisationColumn: column }));
}

/**
 * Course runs a coordinator manages: organised in their planning region, or by an organisation
 * in their scope.
 */
export const runInCoordinatorScope: Reach = reach('coordinator-scope', (actor, alias) =>
  coordinatorCondition(actor, alias, { regionColumn: 'region_code', organisationColumn: 'organiser_organisation_id' }),
);

/**
 * Runs a coordinator enrols people into: those they manage, and those of the planning region
 * their facilities are in (a branch's coordinator fills the seats of the region's runs).
 */
export const runForCoordinatorEnrolment: Reach = reach('coordinator-scope', (actor, alias) => {
  const managed = runInCoordinatorScope(actor, alias);
  const organisations = coordinatorOrganisations(actor);
  if (organisations.length === 0) return managed;
  const regionOfFacility = {
    sql: `${alias}.region_code IN (SELECT scope_org.region_code FROM organisation scope_org WHERE scope_org.id = ANY(:${alias}_facilityScopes))`,
    params: { [`${alias}_facilityScopes`]: organisations },
  };
  return managed.sql === NOTHING.sql ? regionOfFacility : { sql: `(${managed.sql} OR ${regionOfFacility.sql})`, params: { ...managed.params, ...regionOfFacility.params } };
});

/**
 * Enrolments a coordinator looks after: of people whose organisation (when they enrolled) is in
 * their scope, and all enrolments of the runs they manage.
 */
export const enrolmentInCoordinatorScope: Reach = reach('coordinator-scope', (actor, alias) => {
  const person = coordinatorCondition(actor, alias, { organisationColumn: 'organisation_id' });
  const run = through('course_run', 'run_id', runInCoordinatorScope)(actor, alias);
  if (person.sql === NOTHING.sql) return run;
  if (run.sql === NOTHING.sql) return person;
  return { sql: `(${person.sql} OR ${run.sql})`, params: { ...person.params, ...run.params } };
});

/** Rows that are the actor's own (`column` holds the person's id). */
export function ownRow(column: string): Reach {
  return reach('own', (actor, alias) => ({ sql: `${alias}.${column} = :${alias}_ownerId`, params: { [`${alias}_ownerId`]: actor.id } }));
}

/** Runs the actor trains. */
export const trainerOfRun: Reach = reach('trainer-of-run', (actor, alias) => ({
  sql: `EXISTS (SELECT 1 FROM run_trainer reach_rt WHERE reach_rt.run_id = ${alias}.id AND reach_rt.trainer_id = :${alias}_trainerId)`,
  params: { [`${alias}_trainerId`]: actor.id },
}));

/** Courses that are not drafts: participants never see a course its authors have not published. */
export const courseNotDraft: Reach = reach('not-draft', (_actor, alias) => ({ sql: `${alias}.status <> 'draft'`, params: {} }));

/**
 * The same relation, for rows that belong to a run or a course (`column` holds its id): a
 * session reaches as far as its run, a run or a module as far as its course.
 */
export function through(table: 'course_run' | 'course' | 'course_module', column: string, inner: Reach): Reach {
  return reach(inner.relation, (actor, alias) => {
    const parent = `${alias}_${{ course: 'c', course_run: 'r', course_module: 'm' }[table]}`;
    const condition = inner(actor, parent);
    if (condition.sql === 'TRUE' || condition.sql === 'FALSE') return condition;
    return { sql: `${alias}.${column} IN (SELECT ${parent}.id FROM ${table} ${parent} WHERE ${condition.sql})`, params: condition.params };
  });
}

function coordinatorOrganisations(actor: Actor): string[] {
  return actor.roles.flatMap((grant) => (grant.role === 'coordinator' && grant.scope && 'organisationId' in grant.scope ? [grant.scope.organisationId] : []));
}

function coordinatorCondition(actor: Actor, alias: string, columns: { regionColumn?: string; organisationColumn: string }): ScopeCondition {
  const regions: string[] = [];
  const organisations: string[] = [];
  for (const grant of actor.roles) {
    if (grant.role !== 'coordinator' || !grant.scope) continue;
    if ('regionCode' in grant.scope) regions.push(grant.scope.regionCode);
    else organisations.push(grant.scope.organisationId);
  }
  const target = `${alias}.${columns.organisationColumn}`;
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (regions.length > 0) {
    parts.push(
      columns.regionColumn
        ? `${alias}.${columns.regionColumn} = ANY(:${alias}_scopeRegions)`
        : `${target} IN (SELECT scope_org.id FROM organisation scope_org WHERE scope_org.region_code = ANY(:${alias}_scopeRegions))`,
    );
    params[`${alias}_scopeRegions`] = regions;
  }
  if (organisations.length > 0) {
    parts.push(`${target} IN (SELECT scope_tree.descendant_id FROM organisation_closure scope_tree WHERE scope_tree.ancestor_id = ANY(:${alias}_scopeOrganisations))`);
    params[`${alias}_scopeOrganisations`] = organisations;
  }
  if (parts.length === 0) return NOTHING;
  return { sql: parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`, params };
}
