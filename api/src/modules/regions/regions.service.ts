import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Region } from '@di/contracts';
import { Repository } from 'typeorm';
import { PlanningRegionEntity } from './planning-region.entity';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(PlanningRegionEntity) private readonly regions: Repository<PlanningRegionEntity>) {}

  async list(): Promise<Region[]> {
    const rows = await this.regions.find({ order: { position: 'ASC' } });
    return rows.map((row) => ({ code: row.code, name: { lv: row.nameLv, en: row.nameEn } }));
  }
}
