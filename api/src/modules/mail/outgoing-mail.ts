import type { Locale } from '@di/contracts';

/** Templates whose message carries a one-time set-password link. */
export const LINK_TEMPLATES = ['invitation', 'password_reset'] as const;
export type LinkTemplate = (typeof LINK_TEMPLATES)[number];
/** Every template the outbox knows; the outbox table itself takes any name, with or without a link. */
export type MailTemplate = LinkTemplate;

/** A message whose link carries a one-time token: who to, which template, and the token. */
export interface LinkMail {
  to: string;
  template: LinkTemplate;
  language: Locale;
  fullName: string;
  /** The token in clear; the link is built from it and it never reaches a log (outside demo mode). */
  token: string;
  expiresAt: Date;
}

/** A message to send. Templates without a link (reminders, notices) join this union. */
export type OutgoingMail = LinkMail;
