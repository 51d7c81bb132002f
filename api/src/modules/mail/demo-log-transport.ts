import { Logger } from '@nestjs/common';
import type { MailDeliveryMode } from '@di/contracts';
import { keepsLinkForDemoMailbox } from './mail-delivery-mode';
import type { DeliverableMail, MailTransport } from './mail-transport';

/**
 * No SMTP_URL: nothing is sent. In a demo run, a message to a demo address is written to the
 * log with its link, so that a person trying the platform can follow an invitation; that line
 * is the only place an address or a link ever reaches the log. Anything else is logged by id.
 */
export class DemoLogTransport implements MailTransport {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');

  constructor(private readonly mode: MailDeliveryMode) {}

  async deliver(mail: DeliverableMail): Promise<void> {
    this.logger.log(
      keepsLinkForDemoMailbox(this.mode, mail.to)
        ? `DEMO MODE (no SMTP_URL), not sent: email ${mail.id} to ${mail.to}, subject "${mail.subject}", link ${mail.link ?? '(none)'}`
        : `No SMTP_URL: email ${mail.id} was not sent`,
    );
  }
}
