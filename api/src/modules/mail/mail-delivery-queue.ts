import type PgBoss from 'pg-boss';
import type { MailDeliveryOptions } from './mail-delivery-options';

export const MAIL_DELIVERY_QUEUE = 'mail-delivery';
export const MAIL_SWEEP_QUEUE = 'mail-outbox-sweep';

/** Only the row's id: the message itself, with its personal data, stays in the outbox table. */
export interface MailDeliveryJob {
  outboxId: string;
}

export function deliveryJobOptions(options: MailDeliveryOptions): PgBoss.SendOptions {
  return {
    // One retry more than the attempts the worker counts, for a failure before it could count one.
    retryLimit: options.maxAttempts,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: Math.ceil((6 * options.smtpTimeoutMs) / 1000) + 60,
  };
}
