import { ApiProperty } from '@nestjs/swagger';
import { HISTORY_OBJECT_TYPES, type HistoryEntry, type HistoryObjectType } from '@di/contracts';
import { PageResponse } from '../../http/openapi/page.response';

class HistoryActorResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fullName!: string;
}

export class HistoryEntryResponse implements HistoryEntry {
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ example: 'user.updated' })
  action!: string;

  @ApiProperty({ type: HistoryActorResponse, nullable: true })
  actor!: HistoryActorResponse | null;

  @ApiProperty({ enum: HISTORY_OBJECT_TYPES })
  objectType!: HistoryObjectType;

  @ApiProperty({ format: 'uuid' })
  objectId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  oldValue!: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  newValue!: Record<string, unknown> | null;
}

export const HistoryPageResponse = PageResponse(HistoryEntryResponse);
