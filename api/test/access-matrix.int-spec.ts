import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { holdsPermission, type Organisation, type Page, type Permission, type Role, type User } from '@di/contracts';
import { OBJECT_PERMISSIONS, RESOURCES, type ResourceName } from '../src/access/permission-definitions';
import type { Reach } from '../src/access/reach';
import { routeCatalogue, type RouteEntry } from '../src/access/route-catalogue';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The authorisation matrix, generated: every route that declares a permission × every demo role
 * (and no sign-in) × an object inside and one outside a coordinator's region, for routes that act
 * on objects. What each cell should answer comes from the permission's holders (contracts) and
 * the kind of relation its definition names, applied to the facts below about who is where —
 * not from the SQL that is under test. A new route joins by declaring its permission; one that
 * takes a body or a non-object id also needs a sample request here.
 */

type Actor = keyof typeof DEMO;
type Who = Actor | 'anonymous';
type Region = 'LPR' | 'RPR';

/** The demo people: their roles, and the region a coordinator's scope covers. */
const ACTORS: Record<Actor, { roles: Role[]; region?: Region }> = {
  admin: { roles: ['admin'] },
  coordinator: { roles: ['coordinator'], region: 'LPR' },
  rigaCoordinator: { roles: ['coordinator'], region: 'RPR' },
  trainer: { roles: ['trainer'] },
  participant: { roles: ['participant'] },
};

/** One object of each resource in each region (invited people, so that an invitation can be sent again). */
const FIXTURES: Record<ResourceName, Record<Region, { find: string }>> = {
  user: { LPR: { find: 'janis.demo@demo.invalid' }, RPR: { find: 'andris.demo@demo.invalid' } },
  organisation: { LPR: { find: 'Kalupe' }, RPR: { find: 'Ogres novads' } },
};

interface Sample {
  /** The object goes in the body (e.g. the organisation a person is created in), not the path. */
  body?: (objectId: string | undefined, n: number) => unknown;
  /** Path parameters that are not objects of a resource. */
  params?: Record<string, string>;
  /** What a caller who passes the access check gets, when it is not a plain success. */
  success?: number;
}

const SAMPLES: Record<string, Sample> = {
  'POST /users': {
    body: (organisationId, n) => ({
      email: `matrix-${n}@example.lv`,
      fullName: `Matrix ${n}`,
      organisationId,
      participantKind: 'vsac_staff',
      roles: [{ role: 'participant' }],
    }),
  },
  'PATCH /users/:id': { body: () => ({}) },
  'POST /users/:id/invitation': {},
  'PATCH /me': { body: () => ({}) },
  // A wrong current password: the caller got past the access check to the password rules.
  'POST /me/password': { body: () => ({ currentPassword: 'not-the-password', newPassword: 'Matrix-Parole-2026!' }), success: 400 },
  // No job has this id: a holder reaches the lookup, which finds nothing.
  'POST /jobs/:id/retry': { params: { id: randomUUID() }, success: 404 },
};

function reaches(who: Actor, permission: Permission, region: Region): boolean {
  const definition = OBJECT_PERMISSIONS[permission];
  if (!definition || !holdsPermission(ACTORS[who].roles, permission)) return false;
  const relations: Reach[] = [definition.reach['signed-in'], ...ACTORS[who].roles.map((role) => definition.reach[role])].filter(
    (reach): reach is Reach => reach !== undefined,
  );
  return relations.some((reach) => reach.relation === 'everything' || (reach.relation === 'coordinator-scope' && ACTORS[who].region === region));
}

function expected(route: RouteEntry & { permission: Permission }, who: Who, region: Region | undefined, success: string): string {
  if (who === 'anonymous') return '401';
  if (!holdsPermission(ACTORS[who].roles, route.permission)) return '403';
  if (!region || reaches(who, route.permission, region)) return success;
  const definition = OBJECT_PERMISSIONS[route.permission];
  const readPermission = definition ? RESOURCES[definition.resource].readPermission : route.permission;
  return readPermission !== route.permission && reaches(who, readPermission, region) ? '403' : '404';
}

describe('authorisation matrix', () => {
  let testApp: TestApp;
  const tokens: Partial<Record<Actor, string>> = {};
  const ids = {} as Record<ResourceName, Record<Region, string>>;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    for (const who of Object.keys(ACTORS) as Actor[]) tokens[who] = (await signIn(testApp.baseUrl, DEMO[who])).accessToken;
    const people = await getJson<Page<User>>(testApp.baseUrl, '/api/users?pageSize=200', { token: tokens.admin });
    const organisations = await getJson<Page<Organisation>>(testApp.baseUrl, '/api/organisations?pageSize=200', { token: tokens.admin });
    const find = (resource: ResourceName, region: Region): string => {
      const { find: key } = FIXTURES[resource][region];
      const found = resource === 'user' ? people.body.items.find((u) => u.email === key) : organisations.body.items.find((o) => o.name === key);
      if (!found) throw new Error(`Fixture ${resource} ${key} is missing from the demo data`);
      return found.id;
    };
    for (const resource of Object.keys(FIXTURES) as ResourceName[]) ids[resource] = { LPR: find(resource, 'LPR'), RPR: find(resource, 'RPR') };
  });
  afterAll(() => testApp.close());

  it('answers every route, role and object as the permission definitions say', async () => {
    const routes = routeCatalogue(testApp.app.get(ModulesContainer)).flatMap((route) =>
      route.rule?.kind === 'permission' ? [{ ...route, permission: route.rule.permission }] : [],
    );
    const undeclared: string[] = [];
    const want: string[] = [];
    const got: string[] = [];
    let n = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const sample = SAMPLES[key];
      const definition = OBJECT_PERMISSIONS[route.permission];
      const takesBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
      const pathObject = /:id\b/.test(route.path) && !sample?.params;
      if ((takesBody && !sample) || (pathObject && !definition)) {
        undeclared.push(key);
        continue;
      }
      const objectInBody = !pathObject && sample?.body !== undefined && definition !== undefined;
      const regions: (Region | undefined)[] = pathObject || objectInBody ? ['LPR', 'RPR'] : [undefined];
      for (const who of [...(Object.keys(ACTORS) as Actor[]), 'anonymous' as const]) {
        for (const region of regions) {
          const objectId = region && definition ? ids[definition.resource][region] : undefined;
          let path = `/api${route.path}`;
          for (const [name, value] of Object.entries(sample?.params ?? {})) path = path.replace(`:${name}`, value);
          if (pathObject && objectId) path = path.replace(':id', objectId);
          const body = sample?.body?.(objectInBody ? objectId : undefined, ++n);
          const response = await getJson(testApp.baseUrl, path, { method: route.method, token: who === 'anonymous' ? undefined : tokens[who], json: body });
          const cell = `${who} ${key}${region ? ` (${region})` : ''} →`;
          const success = String(sample?.success ?? '2xx');
          want.push(`${cell} ${expected(route, who, region, success)}`);
          got.push(`${cell} ${response.status >= 200 && response.status < 300 && success === '2xx' ? '2xx' : response.status}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    expect(got).toEqual(want);
    // Every route with a permission is in it, six callers each, objects in and out of scope where there are objects.
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(want.length).toBeGreaterThanOrEqual(routes.length * 6);
  });
});
