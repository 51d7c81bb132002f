export const OUTBOX_STATUSES = ['pending', 'sent', 'not_sent', 'failed'] as const;
/** `not_sent`: nothing left the platform, because mail is not configured (demo mode or no SMTP server). */
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A message in the outbox as `GET /api/mail/outbox` (admins) returns it. */
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  /**
   * The plain-text body. Its link is shown only when `demo` is true; everywhere else a note
   * stands in its place, because a live link belongs to its recipient alone.
   */
  text: string;
  status: OutboxStatus;
  /** A message to an invented demo address in a demo run, kept with its link for the demo mailbox. */
  demo: boolean;
  createdAt: string;
  sentAt: string | null;
}

export const MAIL_DELIVERY_MODES = ['smtp', 'demo', 'not_configured'] as const;
/**
 * `smtp`: mail is sent. `demo`: a demo run; nothing is sent, and messages to demo addresses can
 * be read in the demo mailbox. `not_configured`: a real database without SMTP; nothing is sent.
 */
export type MailDeliveryMode = (typeof MAIL_DELIVERY_MODES)[number];

/** `GET /api/mail/delivery`: whether notices may say that a message was sent. */
export interface MailDelivery {
  mode: MailDeliveryMode;
}
