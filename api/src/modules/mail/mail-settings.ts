import type { Environment } from '../../config/environment';

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** What the mail module reads from the environment. */
export interface MailSettings {
  /** Unset means demo mode: messages are written to the log and kept in the outbox, never sent. */
  smtpUrl?: string;
  from: string;
  /** Origin (and optional base path) of the web app, without a trailing slash. */
  publicUrl: string;
}

export function mailSettings(env: Pick<Environment, 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'PORT'>): MailSettings {
  return {
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  };
}
