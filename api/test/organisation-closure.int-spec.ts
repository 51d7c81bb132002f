import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './support/test-database';

/** The organisation tree's closure, which coordinators' reach is read from, follows every write. */
describe('organisation closure', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await createTestDatabase())).initialize();
    await db.runMigrations();
  });
  afterAll(() => db.destroy());

  /** Ancestor → descendant pairs with depth, worked out from parent_id the slow way. */
  const walked = () =>
    db.query(`
      WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
        SELECT id, id, 0 FROM organisation
        UNION ALL
        SELECT tree.ancestor_id, child.id, tree.depth + 1 FROM tree JOIN organisation child ON child.parent_id = tree.descendant_id
      ) SELECT ancestor_id, descendant_id, depth FROM tree ORDER BY 1, 2`);
  const kept = () => db.query(`SELECT ancestor_id, descendant_id, depth FROM organisation_closure ORDER BY 1, 2`);
  const insert = async (name: string, parentId: string | null): Promise<string> =>
    (await db.query(`INSERT INTO organisation (name, type, region_code, parent_id) VALUES ($1, 'provider', 'ZPR', $2) RETURNING id`, [name, parentId]))[0].id;

  it('holds every organisation the migrations loaded, with its ancestors', async () => {
    expect(await kept()).toEqual(await walked());
    const [branch] = await db.query(`SELECT o.id FROM organisation o WHERE o.name = 'Kalupe'`);
    const ancestors = await db.query(
      `SELECT a.name, c.depth FROM organisation_closure c JOIN organisation a ON a.id = c.ancestor_id WHERE c.descendant_id = $1 ORDER BY c.depth`,
      [branch.id],
    );
    expect(ancestors).toEqual([{ name: 'Kalupe', depth: 0 }, { name: 'VSAC "Latgale"', depth: 1 }]);
  });

  it('follows inserts and moves of whole subtrees, and refuses a cycle', async () => {
    const root = await insert('Closure Root', null);
    const middle = await insert('Closure Middle', root);
    const leaf = await insert('Closure Leaf', middle);
    const otherRoot = await insert('Closure Other Root', null);
    expect(await kept()).toEqual(await walked());

    await db.query('UPDATE organisation SET parent_id = $2 WHERE id = $1', [middle, otherRoot]);
    expect(await kept()).toEqual(await walked());
    const leafAncestors = (await db.query('SELECT ancestor_id FROM organisation_closure WHERE descendant_id = $1', [leaf])).map((r: { ancestor_id: string }) => r.ancestor_id);
    expect(leafAncestors.sort()).toEqual([leaf, middle, otherRoot].sort());

    await db.query('UPDATE organisation SET parent_id = NULL WHERE id = $1', [middle]);
    expect(await kept()).toEqual(await walked());

    await expect(db.query('UPDATE organisation SET parent_id = $2 WHERE id = $1', [middle, leaf])).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'organisation_no_cycle' } });
    expect(await kept()).toEqual(await walked());
  });
});
