import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Organisation, OrganisationType, Page, RegionCode } from '@di/contracts';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../errors/domain-error';
import { foldForSearch } from '../../http/search-text';
import { OrganisationQueryDto } from './dto/organisation-query.dto';
import { OrganisationEntity } from './organisation.entity';

const COLUMNS = 'id, name, type, parent_id, region_code';

interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  parent_id: string | null;
  region_code: RegionCode;
}

/**
 * Reads run as plain SQL: the list is one statement for the page and its total (a window
 * count), where a query builder's getManyAndCount costs a second round trip, and rows become
 * answers without being hydrated into entities first.
 */
@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async list(query: OrganisationQueryDto): Promise<Page<Organisation>> {
    const filter = filterSql(query);
    const page: (OrganisationRow & { total: string })[] = await this.organisations.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM organisation ${filter.where}
        ORDER BY region_code, name, id LIMIT $${filter.params.length + 1} OFFSET $${filter.params.length + 2}`,
      [...filter.params, query.pageSize, query.offset],
    );
    // A page past the end has no rows to carry the total.
    const total = page.length > 0 ? Number(page[0].total) : query.offset > 0 ? await this.count(filter) : 0;
    return { items: page.map(toOrganisation), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Organisation> {
    const [row]: OrganisationRow[] = await this.organisations.query(`SELECT ${COLUMNS} FROM organisation WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('The organisation');
    return toOrganisation(row);
  }

  private async count(filter: Filter): Promise<number> {
    const [row]: { total: string }[] = await this.organisations.query(`SELECT count(*) AS total FROM organisation ${filter.where}`, filter.params);
    return Number(row.total);
  }
}

interface Filter {
  where: string;
  params: string[];
}

function filterSql(query: OrganisationQueryDto): Filter {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (condition: (placeholder: string) => string, value: string) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (query.regionCode) add((p) => `region_code = ${p}`, query.regionCode);
  if (query.type) add((p) => `type = ${p}`, query.type);
  const search = query.q ? foldForSearch(query.q) : '';
  if (search) add((p) => `strpos(name_search, ${p}) > 0`, search);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function toOrganisation(row: OrganisationRow): Organisation {
  return { id: row.id, name: row.name, type: row.type, parentId: row.parent_id, regionCode: row.region_code };
}
