export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A message in the outbox as `GET /api/mail/outbox` (admins) returns it. */
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  /** The plain-text body; once sent by SMTP its link is replaced by a note. */
  text: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
}
