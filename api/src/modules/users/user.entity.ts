import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, ParticipantKind } from '@di/contracts';
import { UserRoleEntity } from './user-role.entity';

/** `app_user` as the migrations define it; written by UsersRepository's SQL, read through TypeORM. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored in lower case: addresses are compared without case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

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
