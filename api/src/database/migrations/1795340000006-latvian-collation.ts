import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and organisations are sorted the Latvian way (Ā after A, Č after C) with ICU's `lv`
 * collation. A server built without ICU has no such collation: say so now, in words, rather than
 * fail on the first list.
 */
export class LatvianCollation1795340000006 implements MigrationInterface {
  name = 'LatvianCollation1795340000006';

  async up(db: QueryRunner): Promise<void> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM pg_collation WHERE collname = 'lv-x-icu'`);
    if (rows.length === 0) {
      throw new Error('This PostgreSQL server has no ICU collation "lv-x-icu": use a server built with ICU (PostgreSQL 13 or newer, as Debian and the official images ship it)');
    }
  }

  async down(): Promise<void> {
    // Nothing was changed.
  }
}
