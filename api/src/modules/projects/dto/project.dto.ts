import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { REGION_CODES, type CreateProjectRequest, type RegionCode, type UpdateProjectRequest } from '@di/contracts';
import { Optional } from '../../../http/optional';
import { Trimmed } from '../../../http/trimmed';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateProjectDto implements CreateProjectRequest {
  @ApiPropertyOptional({ nullable: true, type: String, example: '9.2.2.1/15/I/002', maxLength: 40 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Trimmed()
  @IsString()
  @Matches(/^[0-9][0-9./A-Za-z-]{2,39}$/)
  number?: string | null;

  @ApiProperty({ minLength: 1, maxLength: 300 })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: REGION_CODES })
  @IsIn(REGION_CODES)
  regionCode!: RegionCode;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(DATE)
  startsOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(DATE)
  endsOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 100 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  esfPercent?: number | null;

  @ApiPropertyOptional({ default: false, description: "Ask participants for the ESF indicators' entry data" })
  @Optional()
  @IsBoolean()
  collectsParticipantData?: boolean;
}

export class UpdateProjectDto extends PartialType(CreateProjectDto, { skipNullProperties: false }) implements UpdateProjectRequest {
  @ApiPropertyOptional({ description: 'The version this change is based on (or send If-Match); a stale one is 409 STALE_UPDATE', minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
