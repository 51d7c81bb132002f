import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MailDeliveryMode } from '@di/contracts';
import { describeDeliveryError } from './delivery-error';
import { JobQueue } from '../../jobs/job-queue';
import { keepsLinkForDemoMailbox, MAIL_DELIVERY_MODE } from './mail-delivery-mode';
import { MAIL_DELIVERY_OPTIONS, type MailDeliveryOptions } from './mail-delivery-options';
import { deliveryJobOptions, MAIL_DELIVERY_QUEUE, MAIL_SWEEP_QUEUE, type MailDeliveryJob } from './mail-delivery-queue';
import { MAIL_TRANSPORT, type DeliverableMail, type MailTransport } from './mail-transport';
import { fillLink } from './outbox-link';
import { OutboxMessageEntity } from './outbox-message.entity';

type Outcome =
  | { kind: 'skipped' }
  | { kind: 'sent'; attempt: number }
  | { kind: 'retry' | 'failed'; attempt: number; reason: string };

const SWEEP_BATCH = 100;

/**
 * Takes delivery jobs off the queue, in every API process. Logs carry the
 * outbox id and the template, never an address or a link.
 */
@Injectable()
export class MailDeliveryWorker implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('MailDelivery');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(MAIL_DELIVERY_OPTIONS) private readonly options: MailDeliveryOptions,
    @Inject(MAIL_DELIVERY_MODE) private readonly mode: MailDeliveryMode,
  ) {}

  // The queues must exist before anything is sent to them, which may be as early as another module's bootstrap.
  async onModuleInit(): Promise<void> {
    await this.queue.createQueue(MAIL_DELIVERY_QUEUE);
    await this.queue.createQueue(MAIL_SWEEP_QUEUE);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.mode === 'demo') {
      this.logger.warn('Mail runs in demo mode (SMTP_URL is not set): nothing is sent; messages to demo addresses are logged with their links');
    } else if (this.mode === 'not_configured') {
      this.logger.warn('SMTP_URL is not set: no email is sent, and no link is kept or shown');
    }
    await this.queue.work<MailDeliveryJob>(MAIL_DELIVERY_QUEUE, this.options.pollingIntervalSeconds, (job) => this.deliver(job.outboxId));
    await this.queue.work(MAIL_SWEEP_QUEUE, this.options.pollingIntervalSeconds, async () => void (await this.sweep()));
    await this.queue.schedule(MAIL_SWEEP_QUEUE, this.options.sweepCron);
  }

  /**
   * Sends one outbox message, at most once: the row is claimed with FOR UPDATE
   * SKIP LOCKED and stays locked until it is marked, so a second job for the
   * same row (another process, a sweep) finds it taken or no longer pending.
   * Throws after a failed attempt that should be retried; pg-boss retries with backoff.
   */
  async deliver(outboxId: string): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      const row = await manager
        .createQueryBuilder(OutboxMessageEntity, 'm')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('m.id = :id', { id: outboxId })
        .andWhere(`m.status = 'pending'`)
        .getOne();
      if (!row) return { kind: 'skipped' };

      const attempt = row.attempts + 1;
      try {
        await this.transport.deliver(deliverable(row));
      } catch (error) {
        const reason = describeDeliveryError(error);
        const giveUp = attempt >= this.options.maxAttempts;
        await manager.update(OutboxMessageEntity, row.id, {
          attempts: attempt,
          lastError: reason,
          lastAttemptAt: () => 'now()',
          ...(giveUp ? { status: 'failed' as const, link: null } : {}),
        });
        return { kind: giveUp ? 'failed' : 'retry', attempt, reason };
      }
      await manager.update(OutboxMessageEntity, row.id, {
        status: 'sent',
        transport: this.transport.kind,
        attempts: attempt,
        lastAttemptAt: () => 'now()',
        sentAt: () => 'now()',
        // The token has left (or never will); a copy here would only be something to steal.
        link: keepsLinkForDemoMailbox(this.mode, row.recipient) ? row.link : null,
      });
      return { kind: 'sent', attempt };
    });

    const subject = `Email ${outboxId}`;
    switch (outcome.kind) {
      case 'sent':
        if (this.transport.kind === 'smtp') this.logger.log(`${subject} sent (attempt ${outcome.attempt})`);
        return;
      case 'failed':
        this.logger.error(`${subject} failed for good after ${outcome.attempt} attempts: ${outcome.reason}`);
        return;
      case 'retry':
        this.logger.warn(`${subject}: attempt ${outcome.attempt} of ${this.options.maxAttempts} failed (${outcome.reason}); will retry`);
        throw new Error(`${subject}: attempt ${outcome.attempt} failed (${outcome.reason})`);
      case 'skipped':
        return;
    }
  }

  /**
   * Queues again any message left pending well past its last attempt: its job
   * was lost (e.g. retries used up while the database was away). Duplicates are
   * harmless, since `deliver` sends a row at most once.
   */
  async sweep(): Promise<number> {
    const stale: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM mail_outbox
        WHERE status = 'pending' AND coalesce(last_attempt_at, created_at) < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT ${SWEEP_BATCH}`,
      [this.options.staleAfterSeconds],
    );
    for (const { id } of stale) {
      const job: MailDeliveryJob = { outboxId: id };
      await this.queue.send(MAIL_DELIVERY_QUEUE, job, deliveryJobOptions(this.options));
    }
    if (stale.length > 0) this.logger.warn(`Queued ${stale.length} stale pending email(s) again`);
    return stale.length;
  }
}

function deliverable(row: OutboxMessageEntity): DeliverableMail {
  return {
    id: row.id,
    to: row.recipient,
    subject: row.subject,
    text: fillLink(row.textBody, row.link, 'text', row.language),
    html: fillLink(row.htmlBody, row.link, 'html', row.language),
    link: row.link,
    attachments: row.attachments ?? [],
  };
}
