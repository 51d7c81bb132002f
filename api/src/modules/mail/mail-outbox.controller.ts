import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MailDelivery, Page } from '@di/contracts';
import { Public, RequirePermission } from '../../access/access-rule.decorators';
import { PageQueryDto } from '../../http/page-query.dto';
import { MailOutboxService } from './mail-outbox.service';
import { MailDeliveryResponse } from './mail-delivery.response';
import type { OutboxMessage } from './outbox-message';
import { OutboxMessagePageResponse } from './outbox-message.response';

@ApiTags('mail')
@Controller('mail')
export class MailOutboxController {
  constructor(private readonly outbox: MailOutboxService) {}

  @Get('delivery')
  @Public()
  @ApiOperation({ summary: 'Whether email is sent (smtp), shown in the demo mailbox (demo) or not sent at all (not_configured)' })
  @ApiOkResponse({ type: MailDeliveryResponse })
  delivery(): MailDelivery {
    return { mode: this.outbox.mode };
  }

  @Get('outbox')
  @RequirePermission('mail.outbox.read')
  @ApiOperation({ summary: 'Outgoing email, newest first; links only for demo addresses in a demo run (the demo mailbox)' })
  @ApiOkResponse({ type: OutboxMessagePageResponse })
  list(@Query() query: PageQueryDto): Promise<Page<OutboxMessage>> {
    return this.outbox.list(query);
  }
}
