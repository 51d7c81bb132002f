import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../../http/optional';
import { LOCALES, type Locale, type UpdateMeRequest } from '@di/contracts';
import { Trimmed } from '../../../http/trimmed';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @Optional()
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES)
  language?: Locale;
}
