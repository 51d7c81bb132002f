import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import type { CreateModuleRequest, MarkdownPreviewRequest, ModuleLink, ReorderModulesRequest, UpdateModuleRequest } from '@di/contracts';
import { LocalisedLongTextDto, LocalisedTitleDto } from '../../../http/localised-text.dto';
import { Optional } from '../../../http/optional';
import { Trimmed } from '../../../http/trimmed';
import { MAX_MARKDOWN_LENGTH } from '../markdown';

const VERSION_DESCRIPTION = 'The version this change is based on (or send If-Match); a stale one is 409 STALE_UPDATE';

export class ModuleLinkDto implements ModuleLink {
  @ApiProperty({ maxLength: 200 })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 2000, description: 'http or https only' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url!: string;
}

export class CreateModuleDto implements CreateModuleRequest {
  @ApiProperty({ type: LocalisedTitleDto })
  @ValidateNested()
  @Type(() => LocalisedTitleDto)
  title!: LocalisedTitleDto;

  @ApiPropertyOptional({ type: LocalisedLongTextDto, description: 'Markdown' })
  @Optional()
  @ValidateNested()
  @Type(() => LocalisedLongTextDto)
  content?: LocalisedLongTextDto;

  @ApiPropertyOptional({ type: [ModuleLinkDto], maxItems: 20 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ModuleLinkDto)
  links?: ModuleLinkDto[];

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 10000 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(10_000)
  estimatedMinutes?: number | null;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, description: 'Where to insert it (1-based); the others move down. At the end when left out' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(500)
  position?: number;
}

export class UpdateModuleDto extends PartialType(OmitType(CreateModuleDto, ['position'] as const), { skipNullProperties: false }) implements UpdateModuleRequest {
  @ApiPropertyOptional({ description: VERSION_DESCRIPTION, minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class ReorderModulesDto implements ReorderModulesRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 500, description: 'Every current module id of the course exactly once, in the new order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  moduleIds!: string[];

  @ApiPropertyOptional({ description: `The course's version. ${VERSION_DESCRIPTION}`, minimum: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}

export class MarkdownPreviewDto implements MarkdownPreviewRequest {
  @ApiProperty({ maxLength: MAX_MARKDOWN_LENGTH })
  @IsString()
  @MaxLength(MAX_MARKDOWN_LENGTH)
  markdown!: string;
}
