import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import type { LocalisedText } from '@di/contracts';
import { Trimmed } from './trimmed';

/**
 * `{ lv, en? }` text: Latvian required, English optional (empty English is no English). Stored
 * and shown as text, never as markup. Subclass it for a different length limit.
 */
export function localisedTextDto(maxLength: number, options: { lvMinLength?: number } = {}) {
  const minLength = options.lvMinLength ?? 1;
  class LocalisedTextDto implements LocalisedText {
    @ApiProperty({ minLength, maxLength, example: 'Latviski' })
    @Trimmed()
    @IsString()
    @MinLength(minLength)
    @MaxLength(maxLength)
    lv!: string;

    @ApiPropertyOptional({ maxLength, example: 'In English' })
    @Trimmed()
    @ValidateIf((_object, value) => value !== undefined && value !== null && value !== '')
    @IsString()
    @MaxLength(maxLength)
    en?: string;
  }
  return LocalisedTextDto;
}

/** Titles: one line of up to 200 characters in each language. */
export class LocalisedTitleDto extends localisedTextDto(200) {}
/** Descriptions and other longer text (Markdown for module content): up to 20 000 characters. */
export class LocalisedLongTextDto extends localisedTextDto(20_000, { lvMinLength: 0 }) {}
