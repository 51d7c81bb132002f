export { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from '@di/contracts';

/** What `mail_outbox.status` holds; a message the log transport took is `sent` there, `not_sent` to readers. */
export type StoredOutboxStatus = 'pending' | 'sent' | 'failed';

/** How a `sent` message left: by SMTP, or written to the log in demo mode. */
export type MailTransportKind = 'smtp' | 'log';
