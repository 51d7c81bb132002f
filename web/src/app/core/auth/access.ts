import type { Role } from '@di/contracts';

/**
 * Who may use which part of the app. Routes (`withRoles`) and the main navigation read the same
 * lists, so a page and its navigation entry never disagree. The API checks again on every request.
 */
export const ACCESS = {
  /** The people list and the user pages. */
  users: ['admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;
