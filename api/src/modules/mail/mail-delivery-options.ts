export const MAIL_DELIVERY_OPTIONS = Symbol('MAIL_DELIVERY_OPTIONS');

/** How hard and how often delivery tries; the defaults suit production, tests shorten them. */
export interface MailDeliveryOptions {
  /** SMTP attempts per message before it is marked `failed`. */
  maxAttempts: number;
  /** First retry delay; each later one roughly doubles (with jitter). */
  retryDelaySeconds: number;
  /** How often an idle worker asks the queue for work. */
  pollingIntervalSeconds: number;
  /**
   * A message still `pending` this long after its last attempt (or its creation) has lost its
   * job somehow; the periodic sweep queues it again. Must exceed the longest retry delay.
   */
  staleAfterSeconds: number;
  /** Cron expression for that sweep. */
  sweepCron: string;
  /** Bounds every SMTP connection step, since the outbox row stays locked while a message is sent. */
  smtpTimeoutMs: number;
}

export const DEFAULT_MAIL_DELIVERY_OPTIONS: MailDeliveryOptions = {
  maxAttempts: 5,
  retryDelaySeconds: 30,
  pollingIntervalSeconds: 2,
  staleAfterSeconds: 30 * 60,
  sweepCron: '*/5 * * * *',
  smtpTimeoutMs: 20_000,
};
