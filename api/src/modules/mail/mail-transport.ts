import type { MailAttachment } from './outgoing-mail';
import type { MailTransportKind } from './outbox-message';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** A message ready to leave, its link already in place. */
export interface DeliverableMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  link: string | null;
  attachments: MailAttachment[];
}

/** Hands a message on; throws when it could not, so that delivery retries. */
export interface MailTransport {
  readonly kind: MailTransportKind;
  deliver(mail: DeliverableMail): Promise<void>;
}
