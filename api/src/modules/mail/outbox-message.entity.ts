import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@di/contracts';
import type { MailAttachment, MailTemplate } from './outgoing-mail';
import type { MailTransportKind, StoredOutboxStatus } from './outbox-message';

/** `mail_outbox` as the migrations define it (the schema-drift test holds the two together). */
@Entity('mail_outbox')
@Check('mail_outbox_recipient_check', 'length(btrim(recipient)) > 0')
@Check('mail_outbox_template_check', `template ~ '^[a-z_]{1,40}$'`)
@Check('mail_outbox_language_check', `language IN ('lv', 'en')`)
@Check('mail_outbox_status_check', `status IN ('pending', 'sent', 'failed')`)
@Check('mail_outbox_transport_check', `transport IN ('smtp', 'log')`)
@Check('mail_outbox_attempts_check', 'attempts >= 0')
@Check('mail_outbox_sent_has_time', `(status = 'sent') = (sent_at IS NOT NULL)`)
@Check('mail_outbox_sent_has_transport', `(status = 'sent') = (transport IS NOT NULL)`)
@Check(
  'mail_outbox_attachments_check',
  `attachments IS NULL OR CASE WHEN jsonb_typeof(attachments) = 'array' THEN jsonb_array_length(attachments) BETWEEN 1 AND 5 AND octet_length(attachments::text) <= 1048576 ELSE false END`,
)
@Index('mail_outbox_status_created_at_idx', ['status', 'createdAt'])
@Index('mail_outbox_created_at_idx', ['createdAt'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_outbox_pkey' })
  id!: string;

  @Column({ type: 'text' })
  recipient!: string;

  /** Any template name; messages without a link leave `link` empty. */
  @Column({ type: 'text' })
  template!: MailTemplate;

  @Column({ type: 'text' })
  language!: Locale;

  @Column({ type: 'text' })
  subject!: string;

  /** With LINK_PLACEHOLDER where the link goes. */
  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  /** With LINK_PLACEHOLDER where the link goes. */
  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  /** The link with the one-time token; null once sent by SMTP or given up on. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Files sent with the message (an `.ics`), or null. */
  @Column({ type: 'jsonb', nullable: true })
  attachments!: MailAttachment[] | null;

  @Column({ type: 'text', default: 'pending' })
  status!: StoredOutboxStatus;

  @Column({ type: 'text', nullable: true })
  transport!: MailTransportKind | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** An error code and SMTP status, never the server's text (which may quote the address). */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
