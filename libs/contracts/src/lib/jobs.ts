/** A background job that failed for good, as the admins' dead-letter view shows it. */
export interface FailedJob {
  id: string;
  /** The job's name, e.g. `mail.deliver`. */
  name: string;
  attempts: number;
  createdAt: string;
  failedAt: string | null;
  /** The last error message; never the job's data, which may hold personal data. */
  error: string | null;
}
