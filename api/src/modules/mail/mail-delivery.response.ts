import { ApiProperty } from '@nestjs/swagger';
import { MAIL_DELIVERY_MODES, type MailDelivery, type MailDeliveryMode } from '@di/contracts';

export class MailDeliveryResponse implements MailDelivery {
  @ApiProperty({ enum: MAIL_DELIVERY_MODES, example: 'smtp' })
  mode!: MailDeliveryMode;
}
