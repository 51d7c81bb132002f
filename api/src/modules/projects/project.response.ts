import { ApiProperty } from '@nestjs/swagger';
import { REGION_CODES, type Project, type RegionCode } from '@di/contracts';
import { PageResponse } from '../../http/openapi/page.response';

export class ProjectResponse implements Project {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ nullable: true, type: String, example: '9.2.2.1/15/I/002' })
  number!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: REGION_CODES })
  regionCode!: RegionCode;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  startsOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  endsOn!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  esfPercent!: number | null;

  @ApiProperty({ description: "Whether participants are asked for the ESF indicators' entry data" })
  collectsParticipantData!: boolean;

  @ApiProperty()
  version!: number;
}

export const ProjectPageResponse = PageResponse(ProjectResponse);
