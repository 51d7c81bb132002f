import type { Locale, PageQuery, Versioned } from './common';
import type { RegionCode } from './regions';

export const ROLES = ['admin', 'coordinator', 'trainer', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a coordinator may grant; only an admin grants `admin` or `coordinator`. */
export const COORDINATOR_GRANTABLE_ROLES: readonly Role[] = ['participant', 'trainer'];

export const PARTICIPANT_KINDS = ['vsac_staff', 'social_mentor', 'specialist', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** A coordinator's reach: a whole planning region, or one organisation with its sub-units. */
export type RoleScope = { regionCode: RegionCode } | { organisationId: string };

export interface RoleGrant {
  role: Role;
  /** Only for `coordinator`, where it is required. */
  scope?: RoleScope;
}

export const USER_STATUSES = ['invited', 'active', 'inactive'] as const;
/** `invited`: has not set a password yet; `inactive`: may not sign in. */
export type UserStatus = (typeof USER_STATUSES)[number];

export interface User extends Versioned {
  id: string;
  email: string;
  fullName: string;
  /** Home organisation; null only for platform operators (admins) who belong to none. */
  organisationId: string | null;
  participantKind: ParticipantKind;
  roles: RoleGrant[];
  active: boolean;
  status: UserStatus;
  language: Locale;
  createdAt: string;
}

export interface UserQuery extends PageQuery {
  organisationId?: string;
  role?: Role;
  /** Part of the name or email; case and diacritics are ignored. */
  q?: string;
  status?: UserStatus;
}

export interface CreateUserRequest {
  email: string;
  fullName: string;
  /** Required unless the person is only an admin. */
  organisationId?: string | null;
  participantKind: ParticipantKind;
  roles: RoleGrant[];
  /** Admin only: creates an active account at once instead of sending an invitation. */
  password?: string;
  language?: Locale;
}

export interface UpdateUserRequest {
  /** The version this change is based on (or send `If-Match`); a stale one is 409 `STALE_UPDATE`. */
  version?: number;
  fullName?: string;
  organisationId?: string | null;
  participantKind?: ParticipantKind;
  roles?: RoleGrant[];
  active?: boolean;
  language?: Locale;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
