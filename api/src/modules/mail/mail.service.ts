import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '../../jobs/job-queue';
import { checkedAttachments } from './mail-attachments';
import { MAIL_DELIVERY_OPTIONS, type MailDeliveryOptions } from './mail-delivery-options';
import { deliveryJobOptions, MAIL_DELIVERY_QUEUE, type MailDeliveryJob } from './mail-delivery-queue';
import { MAIL_SETTINGS, type MailSettings } from './mail-settings';
import { renderMail, setPasswordUrl } from './mail-templates';
import { LINK_PLACEHOLDER } from './outbox-link';
import { OutboxMessageEntity } from './outbox-message.entity';
import type { OutboxMail } from './outgoing-mail';

const PLAIN_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;
/** Rows per INSERT into the outbox (PostgreSQL takes at most 65,535 parameters in one statement). */
const OUTBOX_BATCH = 1000;

@Injectable()
export class MailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
    @Inject(MAIL_DELIVERY_OPTIONS) private readonly options: MailDeliveryOptions,
  ) {}

  /**
   * Puts a message in the outbox and queues its delivery. Given a manager inside a
   * transaction, both happen in that transaction: if it rolls back, no mail. Without
   * one, in a transaction of its own.
   */
  async enqueue(mail: OutboxMail, manager?: EntityManager): Promise<void> {
    if (!PLAIN_ADDRESS.test(mail.to)) throw new Error('The recipient is not a plain email address');
    if (manager?.queryRunner?.isTransactionActive) return this.write(mail, manager);
    await (manager ?? this.dataSource.manager).transaction((own) => this.write(mail, own));
  }

  /** Many messages (the invitations of a file of people) in the caller's transaction: one statement for the outbox, one for the jobs. */
  async enqueueMany(mails: readonly OutboxMail[], manager: EntityManager): Promise<void> {
    if (mails.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) throw new Error('enqueueMany needs an entity manager inside a transaction');
    if (mails.some((mail) => !PLAIN_ADDRESS.test(mail.to))) throw new Error('A recipient is not a plain email address');
    const rows = mails.map((mail) => this.outboxRow(mail));
    for (let start = 0; start < rows.length; start += OUTBOX_BATCH) await manager.insert(OutboxMessageEntity, rows.slice(start, start + OUTBOX_BATCH));
    const jobs: MailDeliveryJob[] = rows.map((row) => ({ outboxId: row.id }));
    await this.queue.sendManyInTransaction(manager, MAIL_DELIVERY_QUEUE, jobs, deliveryJobOptions(this.options));
  }

  private async write(mail: OutboxMail, manager: EntityManager): Promise<void> {
    const row = this.outboxRow(mail);
    await manager.insert(OutboxMessageEntity, row);
    const job: MailDeliveryJob = { outboxId: row.id };
    await this.queue.sendInTransaction(manager, MAIL_DELIVERY_QUEUE, job, deliveryJobOptions(this.options));
  }

  private outboxRow(mail: OutboxMail): Partial<OutboxMessageEntity> & { id: string } {
    const rendered = 'token' in mail ? renderMail(mail, LINK_PLACEHOLDER) : { subject: mail.subject, text: mail.text, html: mail.html };
    return {
      id: randomUUID(),
      recipient: mail.to,
      template: mail.template,
      language: mail.language,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      link: 'token' in mail ? setPasswordUrl(this.settings.publicUrl, mail.language, mail.token) : null,
      attachments: 'token' in mail ? null : checkedAttachments(mail.attachments),
    };
  }
}
