import { Logger } from '@nestjs/common';
import type { DeliverableMail, MailTransport } from './mail-transport';

/**
 * Demo mode, when SMTP_URL is unset: nothing is sent, and the one line per
 * message written here is the only place an address or a link ever reaches the
 * log, so that a person trying the platform can follow an invitation.
 */
export class DemoLogTransport implements MailTransport {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');

  /** `showLinks` only with the demo data: on a real database, links carry real people's tokens. */
  constructor(private readonly showLinks: boolean) {}

  async deliver(mail: DeliverableMail): Promise<void> {
    this.logger.log(
      this.showLinks
        ? `DEMO MODE (no SMTP_URL), not sent: email ${mail.id} to ${mail.to}, subject "${mail.subject}", link ${mail.link ?? '(none)'}`
        : `No SMTP_URL: email ${mail.id} was not sent; an admin can read it at GET /api/mail/outbox`,
    );
  }
}
