import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, PERMISSIONS, type Locale, type Me, type Permission } from '@di/contracts';
import { RoleGrantDto } from '../users/dto/role-grant.dto';

export class MeResponse implements Me {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'dalibnieks@demo.invalid' })
  email!: string;

  @ApiProperty({ example: 'Demo Dalībniece' })
  fullName!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId!: string | null;

  @ApiProperty({ type: [RoleGrantDto] })
  roles!: RoleGrantDto[];

  @ApiProperty({ enum: LOCALES })
  language!: Locale;

  @ApiProperty({ enum: PERMISSIONS, isArray: true, description: 'What the person may do, for showing or hiding actions' })
  permissions!: Permission[];
}
