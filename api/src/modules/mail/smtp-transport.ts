import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { DeliverableMail, MailTransport } from './mail-transport';

/** Sends through the server in SMTP_URL, one connection per message. */
export class SmtpTransport implements MailTransport, OnApplicationShutdown {
  readonly kind = 'smtp';
  private readonly transporter: Transporter;

  constructor(url: string, from: string, timeoutMs: number) {
    this.transporter = createTransport(
      { url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs, dnsTimeout: timeoutMs, logger: false },
      { from },
    );
  }

  async deliver(mail: DeliverableMail): Promise<void> {
    await this.transporter.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
