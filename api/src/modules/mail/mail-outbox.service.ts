import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MailDeliveryMode, Page } from '@di/contracts';
import { Repository } from 'typeorm';
import { PageQueryDto } from '../../http/page-query.dto';
import { keepsLinkForDemoMailbox, MAIL_DELIVERY_MODE } from './mail-delivery-mode';
import { fillLink } from './outbox-link';
import type { OutboxMessage } from './outbox-message';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Reading the outbox: what was sent, what was not, and in a demo run the demo mailbox. */
@Injectable()
export class MailOutboxService {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>,
    @Inject(MAIL_DELIVERY_MODE) readonly mode: MailDeliveryMode,
  ) {}

  async list(query: PageQueryDto): Promise<Page<OutboxMessage>> {
    const [rows, total] = await this.outbox.findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: rows.map((row) => this.toOutboxMessage(row)), total, page: query.page, pageSize: query.pageSize };
  }

  private toOutboxMessage(row: OutboxMessageEntity): OutboxMessage {
    const demo = keepsLinkForDemoMailbox(this.mode, row.recipient);
    return {
      id: row.id,
      to: row.recipient,
      subject: row.subject,
      text: fillLink(row.textBody, demo ? row.link : null, 'text', row.language),
      status: row.status === 'sent' && row.transport === 'log' ? 'not_sent' : row.status,
      demo,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    };
  }
}
