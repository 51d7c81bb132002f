import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '../../errors/domain-error';

/** Refuses ids that are not active people holding the trainer role (400 naming `field`). */
export async function assertTrainers(manager: EntityManager, ids: readonly string[], field = 'trainerIds'): Promise<void> {
  if (ids.length === 0) return;
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM app_user u WHERE u.id = ANY($1) AND u.active AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = u.id AND ur.role = 'trainer')`,
    [ids],
  );
  const found = new Set(rows.map((row) => row.id));
  const refused = ids.filter((id) => !found.has(id));
  if (refused.length > 0) {
    throw new InvalidInputError([{ field, message: `${refused.length === 1 ? 'One of the people' : `${refused.length} of the people`} in ${field} is not an active trainer` }]);
  }
}
