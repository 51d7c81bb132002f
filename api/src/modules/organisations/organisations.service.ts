import { Injectable } from '@nestjs/common';
import type { Organisation, Page } from '@di/contracts';
import { NotFoundError } from '../../errors/domain-error';
import { foldForSearch } from '../../http/search-text';
import { OrganisationQueryDto } from './dto/organisation-query.dto';
import { OrganisationsRepository, type OrganisationRow } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  async list(query: OrganisationQueryDto): Promise<Page<Organisation>> {
    const search = query.q ? foldForSearch(query.q) : '';
    const { rows, total } = await this.organisations.page({ regionCode: query.regionCode, type: query.type, search: search || undefined }, query.offset, query.pageSize);
    return { items: rows.map(toOrganisation), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Organisation> {
    const row = await this.organisations.find(id);
    if (!row) throw new NotFoundError('The organisation');
    return toOrganisation(row);
  }
}

function toOrganisation(row: OrganisationRow): Organisation {
  return { id: row.id, name: row.name, type: row.type, parentId: row.parent_id, regionCode: row.region_code };
}
