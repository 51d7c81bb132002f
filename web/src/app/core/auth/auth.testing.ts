import { TestBed } from '@angular/core/testing';
import {
  permissionsOf,
  type LoginResponse,
  type Me,
  type RoleGrant,
} from '@di/contracts';
import { AuthSession } from './auth-session';

export const ADMIN: Me = {
  id: 'u-admin',
  email: 'admin@demo.invalid',
  fullName: 'Demo Administrators',
  organisationId: null,
  roles: [{ role: 'admin' }],
  language: 'lv',
  permissions: permissionsOf(['admin']),
};

export const COORDINATOR: Me = {
  id: 'u-coordinator',
  email: 'koordinators@demo.invalid',
  fullName: 'Demo Koordinatore',
  organisationId: 'office-lpr',
  roles: [{ role: 'coordinator', scope: { regionCode: 'LPR' } }],
  language: 'lv',
  permissions: permissionsOf(['coordinator']),
};

export const TRAINER: Me = {
  id: 'u-trainer',
  email: 'pasniedzejs@demo.invalid',
  fullName: 'Demo Pasniedzējs',
  organisationId: 'ngo-provider',
  roles: [{ role: 'trainer' }],
  language: 'lv',
  permissions: permissionsOf(['trainer']),
};

export const PARTICIPANT: Me = {
  id: 'u-participant',
  email: 'dalibnieks@demo.invalid',
  fullName: 'Demo Dalībniece',
  organisationId: 'branch-kalkuni',
  roles: [{ role: 'participant' }],
  language: 'lv',
  permissions: permissionsOf(['participant']),
};

export function loginResponse(
  user: Me,
  accessToken = 'token-1',
  expiresIn = 900,
): LoginResponse {
  return { accessToken, expiresIn, user };
}

/** Starts a session as `user` in the TestBed's AuthSession, as a sign-in would. */
export function signInAs(
  user: Me,
  options: { accessToken?: string; expiresIn?: number } = {},
): AuthSession {
  const session = TestBed.inject(AuthSession);
  session.startSession(
    loginResponse(user, options.accessToken, options.expiresIn),
  );
  return session;
}

export function withRoles(user: Me, roles: RoleGrant[]): Me {
  return {
    ...user,
    roles,
    permissions: permissionsOf(roles.map((grant) => grant.role)),
  };
}
