import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { RETRYABLE_SQLSTATES, sqlState } from '../errors/database-errors';
import { BusyError } from '../errors/domain-error';

const ATTEMPTS = 4;

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * Runs `work` in a transaction, and again (a few times, after a short random pause) when
 * PostgreSQL aborts it for a serialization failure or a deadlock; then 409 BUSY.
 * `work` must therefore do nothing outside the database that it could not do twice.
 *
 * The lock order that keeps deadlocks rare, for every transaction that takes row locks:
 * parents before children, and rows of one table in id order —
 *   the set of admins (UsersRepository.lockAdmins) before any one person;
 *   a course run before its enrolments, an enrolment before its attendance marks.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: { isolation?: IsolationLevel; attempts?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return options.isolation ? await dataSource.transaction(options.isolation, work) : await dataSource.transaction(work);
    } catch (error) {
      const state = sqlState(error);
      if (!state || !RETRYABLE_SQLSTATES.has(state)) throw error;
      if (attempt >= attempts) throw new BusyError();
      await sleep(Math.round(Math.random() * 20 * attempt));
    }
  }
}
