import type PgBoss from 'pg-boss';

/** The job queue of password-reset requests: the work that depends on whether the address has an account. */
export const PASSWORD_RESET_QUEUE = 'password-reset';

export interface PasswordResetJob {
  /**
   * The account the address belongs to, or null: every request queues a job, so that a known
   * address costs the request no more than an unknown one. No address is kept in the queue.
   */
  userId: string | null;
  /** The client address of the request, for the audit trail. */
  ip: string;
  /** Who asked, when the request came with a valid access token (an admin for someone else, say). */
  actorUserId: string | null;
}

export const PASSWORD_RESET_JOB_OPTIONS: PgBoss.SendOptions = { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 };

/** Per hour: links to one address; requests from one client address. */
export const PASSWORD_RESET_LIMITS = { perAccount: 3, perAddress: 30, windowSeconds: 3600 } as const;

/** How often an idle worker asks for password-reset jobs, and how many workers each process runs. */
export const PASSWORD_RESET_POLLING_SECONDS = 1;
export const PASSWORD_RESET_WORKERS = 2;
