import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Locale, ParticipantKind } from '@di/contracts';
import { UserRoleEntity } from './user-role.entity';

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

  @Column({ name: 'participant_kind', type: 'text' })
  participantKind!: ParticipantKind;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  /** Whether a password has been set; computed by queries that need it. */
  hasPassword?: boolean;

  @Column({ type: 'text' })
  language!: Locale;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @OneToMany(() => UserRoleEntity, (role) => role.user, { cascade: ['insert'] })
  roles!: UserRoleEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
