import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import { PageQueryDto } from '../../http/page-query.dto';
import { MailOutboxService } from './mail-outbox.service';
import type { OutboxMessage } from './outbox-message';
import { OutboxMessagePageResponse } from './outbox-message.response';

@ApiTags('mail')
@Controller('mail')
export class MailOutboxController {
  constructor(private readonly outbox: MailOutboxService) {}

  @Get('outbox')
  @RequirePermission('mail.outbox.read')
  @ApiOperation({ summary: 'Outgoing email, newest first; in demo mode the way to read mail that was not sent' })
  @ApiOkResponse({ type: OutboxMessagePageResponse })
  list(@Query() query: PageQueryDto): Promise<Page<OutboxMessage>> {
    return this.outbox.list(query);
  }
}
