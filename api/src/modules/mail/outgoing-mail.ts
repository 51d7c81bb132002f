import type { Locale } from '@di/contracts';

/** Templates whose message carries a one-time set-password link. */
export const LINK_TEMPLATES = ['invitation', 'password_reset'] as const;
export type LinkTemplate = (typeof LINK_TEMPLATES)[number];
/** Templates about sessions, rendered by their senders (session-mail-templates.ts), without a link. */
export const SESSION_TEMPLATES = ['session_reminder', 'session_rescheduled', 'session_cancelled'] as const;
export type SessionTemplate = (typeof SESSION_TEMPLATES)[number];
/** Templates about a person's enrolment (a seat given or offered, a request decided), rendered by the enrolments module. */
export const ENROLMENT_TEMPLATES = ['enrolment_promoted', 'enrolment_offered', 'enrolment_approved', 'enrolment_rejected'] as const;
export type EnrolmentTemplate = (typeof ENROLMENT_TEMPLATES)[number];
/** Every template the outbox knows; the outbox table itself takes any name, with or without a link. */
export type MailTemplate = LinkTemplate | SessionTemplate | EnrolmentTemplate;

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

/** A file sent with a message; the content is text (an `.ics`, say), stored in the outbox as it is. */
export interface MailAttachment {
  filename: string;
  /** The full MIME type, parameters included (`text/calendar; charset=utf-8; method=REQUEST`). */
  contentType: string;
  content: string;
}

/** A message without a link, already rendered. */
export interface RenderedOutgoingMail {
  to: string;
  template: SessionTemplate | EnrolmentTemplate;
  language: Locale;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

/** A message with a link (kept under this name for its callers). */
export type OutgoingMail = LinkMail;
/** Any message the outbox takes. */
export type OutboxMail = LinkMail | RenderedOutgoingMail;
