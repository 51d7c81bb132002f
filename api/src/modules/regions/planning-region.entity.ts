import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionCode } from '@di/contracts';

@Entity('planning_region')
export class PlanningRegionEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  code!: RegionCode;

  @Column({ name: 'name_lv', type: 'text' })
  nameLv!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
