import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, ParticipantKind } from '@di/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserRoleEntity } from './user-role.entity';

/**
 * `app_user` as the migrations define it (the schema-drift test holds the two together);
 * written by UsersRepository's SQL, read through TypeORM.
 */
@Entity('app_user')
@Check('app_user_email_check', `email = lower(btrim(email)) AND email LIKE '%_@_%'`)
@Check('app_user_full_name_check', 'length(btrim(full_name)) > 0')
@Check('app_user_participant_kind_check', `participant_kind IN ('vsac_staff', 'social_mentor', 'specialist', 'other')`)
@Check('app_user_language_check', `language IN ('lv', 'en')`)
@Index('app_user_email_key', ['email'], { unique: true })
@Index('app_user_organisation_id_idx', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** Always stored in lower case: addresses are compared without case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'app_user_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'participant_kind', type: 'text', default: 'other' })
  participantKind!: ParticipantKind;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'text', default: 'lv' })
  language!: Locale;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  /** Name and email folded for search (lower case, no diacritics), maintained by the database. */
  @Column({
    name: 'search_text',
    type: 'text',
    nullable: true,
    generatedType: 'STORED',
    asExpression: `translate(lower(full_name || ' ' || email), 'āčēģīķļņōŗšūž', 'acegiklnorsuz')`,
    insert: false,
    update: false,
    select: false,
  })
  searchText!: string;

  @OneToMany(() => UserRoleEntity, (role) => role.user)
  roles!: UserRoleEntity[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** Moved on by every change; a write based on an older one is refused (STALE_UPDATE). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
