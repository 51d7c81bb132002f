import type { Locale } from '@di/contracts';

export const MAIL_TEMPLATES = ['invitation', 'password_reset'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** A message to send: who to, which template, and the one-time token the link carries. */
export interface OutgoingMail {
  to: string;
  template: MailTemplate;
  language: Locale;
  fullName: string;
  /** The token in clear; the link is built from it and it never reaches a log (outside demo mode). */
  token: string;
  expiresAt: Date;
}
