import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, PARTICIPANT_KINDS, USER_STATUSES, type Locale, type ParticipantKind, type User, type UserStatus } from '@di/contracts';
import { PageResponse } from '../../http/openapi/page.response';
import { RoleGrantDto } from './dto/role-grant.dto';

export class UserResponse implements User {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'anna.liepa@example.lv' })
  email!: string;

  @ApiProperty({ example: 'Anna Liepa' })
  fullName!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiProperty({ enum: PARTICIPANT_KINDS })
  participantKind!: ParticipantKind;

  @ApiProperty({ type: [RoleGrantDto] })
  roles!: RoleGrantDto[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ enum: USER_STATUSES })
  status!: UserStatus;

  @ApiProperty({ enum: LOCALES })
  language!: Locale;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'Send it back with a change (or as If-Match); moves on with every change' })
  version!: number;
}

export const UserPageResponse = PageResponse(UserResponse);
