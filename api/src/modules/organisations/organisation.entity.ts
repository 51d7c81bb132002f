import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OrganisationType, RegionCode } from '@di/contracts';
import { PlanningRegionEntity } from '../regions/planning-region.entity';

/** `organisation` as the migrations define it (the schema-drift test holds the two together). */
@Entity('organisation')
@Check('organisation_name_check', 'length(btrim(name)) > 0')
@Check('organisation_type_check', `type IN ('vsac', 'vsac_branch', 'municipality', 'childcare_institution', 'provider', 'planning_region_office')`)
@Check('organisation_branch_has_parent', `type <> 'vsac_branch' OR parent_id IS NOT NULL`)
@Check('organisation_not_own_parent', 'parent_id IS DISTINCT FROM id')
@Unique('organisation_unique_name', ['regionCode', 'type', 'name'])
@Index('organisation_parent_id_idx', ['parentId'])
@Index('organisation_region_code_idx', ['regionCode'])
@Index('organisation_type_idx', ['type'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: OrganisationType;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organisation_parent_id_fkey' })
  parent?: OrganisationEntity;

  @Column({ name: 'region_code', type: 'char', length: 3 })
  regionCode!: RegionCode;

  @ManyToOne(() => PlanningRegionEntity)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'organisation_region_code_fkey' })
  region?: PlanningRegionEntity;

  /** Lower-case name without Latvian diacritics, maintained by the database for search. */
  @Column({
    name: 'name_search',
    type: 'text',
    nullable: true,
    generatedType: 'STORED',
    asExpression: `translate(lower(name), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')`,
    insert: false,
    update: false,
    select: false,
  })
  nameSearch!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
