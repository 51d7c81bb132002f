import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Organisation, Page } from '@di/contracts';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../http/domain-error';
import { foldForSearch } from '../../http/search-text';
import { OrganisationQueryDto } from './dto/organisation-query.dto';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async list(query: OrganisationQueryDto): Promise<Page<Organisation>> {
    const builder = this.organisations
      .createQueryBuilder('o')
      .orderBy('o.region_code')
      .addOrderBy('o.name')
      .addOrderBy('o.id')
      .offset(query.offset)
      .limit(query.pageSize);
    if (query.regionCode) builder.andWhere('o.region_code = :regionCode', { regionCode: query.regionCode });
    if (query.type) builder.andWhere('o.type = :type', { type: query.type });
    const search = query.q ? foldForSearch(query.q) : '';
    if (search) builder.andWhere('strpos(o.name_search, :search) > 0', { search });

    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toOrganisation), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Organisation> {
    const row = await this.organisations.findOneBy({ id });
    if (!row) throw new NotFoundError('The organisation');
    return toOrganisation(row);
  }
}

function toOrganisation(row: OrganisationEntity): Organisation {
  return { id: row.id, name: row.name, type: row.type, parentId: row.parentId, regionCode: row.regionCode };
}
