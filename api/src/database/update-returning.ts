import type { EntityManager } from 'typeorm';

/** The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` (TypeORM answers those as `[rows, count]`). */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await manager.query(sql, params)) as [T[], number];
  return rows;
}
