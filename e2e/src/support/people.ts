import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';
import type { LoginResponse, Organisation, Page, RoleGrant, User } from '@di/contracts';
import { ACCOUNTS, hintSession } from './auth';

/** A person a test made for itself, so that tests changing someone never share them. */
export interface OwnPerson {
  id: string;
  email: string;
  password: string;
  name: string;
}

let made = 0;

/** Creates an active account (as the demo admin, through the API) in the organisation `organisationName`. */
export async function createPerson(
  request: APIRequestContext,
  label: string,
  options: { roles?: RoleGrant[]; organisationName?: string } = {},
): Promise<OwnPerson> {
  const login = await request.post('/api/auth/login', { data: { email: ACCOUNTS.admin.email, password: ACCOUNTS.admin.password } });
  expect(login.status(), 'admin sign-in').toBe(200);
  const { accessToken } = (await login.json()) as LoginResponse;
  const headers = { Authorization: `Bearer ${accessToken}` };
  const found = await request.get(`/api/organisations?q=${encodeURIComponent(options.organisationName ?? 'Kalupe')}`, { headers });
  const organisation = ((await found.json()) as Page<Organisation>).items[0];
  const tag = `${Date.now().toString(36)}-${process.pid}-${++made}`;
  const person = { email: `e2e-${label}-${tag}@example.lv`, password: `E2E-parole-${tag}`, name: `E2E ${label} ${tag}` };
  const created = await request.post('/api/users', {
    headers,
    data: {
      email: person.email,
      fullName: person.name,
      organisationId: organisation.id,
      participantKind: 'vsac_staff',
      roles: options.roles ?? [{ role: 'trainer' }],
      password: person.password,
    },
  });
  expect(created.status(), `create ${person.email}`).toBe(201);
  return { ...person, id: ((await created.json()) as User).id };
}

/** Signs the browser context in as `person`, so the next page load finds the session. */
export async function signInAs(context: BrowserContext, person: OwnPerson): Promise<void> {
  const response = await context.request.post('/api/auth/login', { data: { email: person.email, password: person.password } });
  expect(response.status(), `sign-in as ${person.email}`).toBe(200);
  await hintSession(context);
}
