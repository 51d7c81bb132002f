/** Paths of the HTTP API, relative to the origin. */
export const API_PATHS = {
  health: '/api/health',
  regions: '/api/regions',
  organisations: '/api/organisations',
  organisation: (id: string) => `/api/organisations/${encodeURIComponent(id)}`,
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  /** POST `SetPasswordRequest`: set a password with the token from an invitation or reset email. */
  setPassword: '/api/auth/password',
  passwordResetRequest: '/api/auth/password-reset',
  me: '/api/me',
  mePermissions: '/api/me/permissions',
  mePassword: '/api/me/password',
  users: '/api/users',
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
  userInvitation: (id: string) => `/api/users/${encodeURIComponent(id)}/invitation`,
  userHistory: (id: string) => `/api/users/${encodeURIComponent(id)}/history`,
  mailOutbox: '/api/mail/outbox',
  failedJobs: '/api/jobs/failed',
  jobRetry: (id: string) => `/api/jobs/${encodeURIComponent(id)}/retry`,
} as const;

/**
 * Paths of the web app that emails link to, relative to a locale's base (`/lv`, `/en`).
 * The token travels in the fragment, which browsers never send to a server or in a Referer.
 */
export const WEB_PATHS = {
  setPassword: (token: string) => `/set-password#token=${encodeURIComponent(token)}`,
} as const;
