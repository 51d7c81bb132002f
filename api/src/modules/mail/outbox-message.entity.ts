import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@di/contracts';
import type { MailTemplate } from './outgoing-mail';
import type { MailTransportKind, OutboxStatus } from './outbox-message';

@Entity('mail_outbox')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  recipient!: string;

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

  @Column({ type: 'text', default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'text', nullable: true })
  transport!: MailTransportKind | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** An error code and SMTP status, never the server's text (which may quote the address). */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
