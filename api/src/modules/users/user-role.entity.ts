import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RegionCode, Role } from '@di/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PlanningRegionEntity } from '../regions/planning-region.entity';
import { UserEntity } from './user.entity';

/** `user_role` as the migrations define it (the schema-drift test holds the two together). */
@Entity('user_role')
@Check('user_role_role_check', `role IN ('admin', 'coordinator', 'trainer', 'participant')`)
@Check('user_role_scope_only_for_coordinators', `(role = 'coordinator') = (scope_region_code IS NOT NULL OR scope_organisation_id IS NOT NULL)`)
@Check('user_role_one_scope', 'scope_region_code IS NULL OR scope_organisation_id IS NULL')
@Index('user_role_role_idx', ['role'])
@Index('user_role_scope_organisation_id_idx', ['scopeOrganisationId'])
// The unique index over (user, role, scope) uses coalesce() expressions, which TypeORM cannot
// describe; `synchronize: false` keeps it from touching what it does not know.
@Index('user_role_unique', { synchronize: false })
export class UserRoleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_role_pkey' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_role_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'scope_region_code', type: 'char', length: 3, nullable: true })
  scopeRegionCode!: RegionCode | null;

  @ManyToOne(() => PlanningRegionEntity)
  @JoinColumn({ name: 'scope_region_code', foreignKeyConstraintName: 'user_role_scope_region_code_fkey' })
  scopeRegion?: PlanningRegionEntity;

  @Column({ name: 'scope_organisation_id', type: 'uuid', nullable: true })
  scopeOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'scope_organisation_id', foreignKeyConstraintName: 'user_role_scope_organisation_id_fkey' })
  scopeOrganisation?: OrganisationEntity;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'user_role_granted_by_fkey' })
  grantor?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
