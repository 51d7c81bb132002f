import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalisedText } from '@di/contracts';

export class LocalisedTextResponse implements LocalisedText {
  @ApiProperty({ example: 'Latgales plānošanas reģions' })
  lv!: string;

  @ApiPropertyOptional({ example: 'Latgale Planning Region' })
  en?: string;
}
