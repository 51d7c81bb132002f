import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationType, RegionCode } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  parent_id: string | null;
  region_code: RegionCode;
}

export interface OrganisationFilter {
  regionCode?: RegionCode;
  type?: OrganisationType;
  /** Already folded for search (lower case, no diacritics). */
  search?: string;
}

const COLUMNS = 'id, name, type, parent_id, region_code';

/**
 * Every query on organisations, for the service and the seed alike. Plain SQL: the list is one
 * statement for the page and its total (a window count), where a query builder's
 * getManyAndCount costs a second round trip, and rows are not hydrated into entities first.
 */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: OrganisationFilter, offset: number, limit: number): Promise<{ rows: OrganisationRow[]; total: number }> {
    const where = whereSql(filter);
    const rows: (OrganisationRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM organisation ${where.sql}
        ORDER BY region_code, name COLLATE "lv-x-icu", id LIMIT $${where.params.length + 1} OFFSET $${where.params.length + 2}`,
      [...where.params, limit, offset],
    );
    // A page past the end has no rows to carry the total.
    const total = rows.length > 0 ? Number(rows[0].total) : offset > 0 ? await this.count(where) : 0;
    return { rows, total };
  }

  async find(id: string): Promise<OrganisationRow | undefined> {
    const [row]: OrganisationRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM organisation WHERE id = $1`, [id]);
    return row;
  }

  /** By its name in the reference data (names are unique within a region and type; the seed's are unique overall). */
  async idByName(manager: EntityManager, name: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await manager.query('SELECT id FROM organisation WHERE name = $1', [name]);
    return row?.id;
  }

  private async count(where: { sql: string; params: string[] }): Promise<number> {
    const [row]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM organisation ${where.sql}`, where.params);
    return Number(row.total);
  }
}

function whereSql(filter: OrganisationFilter): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (condition: (placeholder: string) => string, value: string) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.regionCode) add((p) => `region_code = ${p}`, filter.regionCode);
  if (filter.type) add((p) => `type = ${p}`, filter.type);
  if (filter.search) add((p) => `strpos(name_search, ${p}) > 0`, filter.search);
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
