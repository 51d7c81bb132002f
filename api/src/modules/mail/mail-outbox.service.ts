import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page } from '@di/contracts';
import { Repository } from 'typeorm';
import { PageQueryDto } from '../../http/page-query.dto';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { fillLink } from './outbox-link';
import type { OutboxMessage } from './outbox-message';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Reading the outbox, so that in demo mode a person can open the mail that was not sent. */
@Injectable()
export class MailOutboxService {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly outbox: Repository<OutboxMessageEntity>,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  async list(query: PageQueryDto): Promise<Page<OutboxMessage>> {
    const [rows, total] = await this.outbox.findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    // Links work only in demo mode; otherwise they are for their recipient alone, admin or not.
    const showLinks = this.transport.kind === 'log';
    return { items: rows.map((row) => toOutboxMessage(row, showLinks)), total, page: query.page, pageSize: query.pageSize };
  }
}

function toOutboxMessage(row: OutboxMessageEntity, showLink: boolean): OutboxMessage {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: fillLink(row.textBody, showLink ? row.link : null, 'text', row.language),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
