import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { RegionCode } from '@di/contracts';

/** `planning_region` as the migrations define it (the schema-drift test holds the two together). */
@Entity('planning_region')
@Check('planning_region_code_check', `code ~ '^[A-Z]{3}$'`)
@Unique('planning_region_position_key', ['position'])
export class PlanningRegionEntity {
  @PrimaryColumn({ type: 'char', length: 3, primaryKeyConstraintName: 'planning_region_pkey' })
  code!: RegionCode;

  @Column({ name: 'name_lv', type: 'text' })
  nameLv!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
