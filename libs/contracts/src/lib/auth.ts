import type { Locale } from './common';
import type { Permission } from './permissions';
import type { RoleGrant } from './users';

export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in person, as `GET /api/me` and sign-in return them. */
export interface Me {
  id: string;
  email: string;
  fullName: string;
  organisationId: string | null;
  roles: RoleGrant[];
  language: Locale;
  /** What the person may do (from `PERMISSION_HOLDERS`), for showing or hiding actions. */
  permissions: Permission[];
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires; refresh before then. */
  expiresIn: number;
  user: Me;
}

export interface UpdateMeRequest {
  fullName?: string;
  language?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Sets the password from an invitation or a password-reset link. */
export interface SetPasswordRequest {
  token: string;
  password: string;
}

/** Whose password was set, so that the sign-in page can offer the address. */
export interface SetPasswordResponse {
  email: string;
}

export interface PasswordResetRequest {
  email: string;
}
