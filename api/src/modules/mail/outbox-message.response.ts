import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../http/openapi/page.response';
import { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from './outbox-message';

export class OutboxMessageResponse implements OutboxMessage {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'anna.ozola@example.lv' })
  to!: string;

  @ApiProperty({ example: 'Uzaicinājums pievienoties platformai “DI mācības”' })
  subject!: string;

  @ApiProperty({ description: 'The plain-text body; the link appears only for demo addresses in a demo run' })
  text!: string;

  @ApiProperty({ enum: OUTBOX_STATUSES, example: 'sent', description: '`not_sent`: mail is not configured, nothing left the platform' })
  status!: OutboxStatus;

  @ApiProperty({ description: 'A message to an invented demo address in a demo run, shown with its link' })
  demo!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt!: string | null;
}

export const OutboxMessagePageResponse = PageResponse(OutboxMessageResponse);
