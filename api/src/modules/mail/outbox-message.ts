export { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from '@di/contracts';

/** How a `sent` message left: by SMTP, or written to the log in demo mode. */
export type MailTransportKind = 'smtp' | 'log';
