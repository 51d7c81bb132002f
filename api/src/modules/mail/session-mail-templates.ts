import type { Locale } from '@di/contracts';
import { escapeHtml } from './mail-templates';
import { MAIL_GREETING, MAIL_SIGNATURE, mailDocument, plainText } from './mail-layout';
import type { RenderedOutgoingMail, SessionTemplate } from './outgoing-mail';
import { formatRigaTime } from '../../time/riga-time';

/** What a message about a session says about it, in the recipient's language already. */
export interface SessionMailFacts {
  to: string;
  language: Locale;
  fullName: string;
  /** The course (and the session's own title, when it has one). */
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'online' | 'in_person';
  meetingUrl: string | null;
  place: string | null;
}

export interface SessionCancelledFacts extends SessionMailFacts {
  reason: string | null;
}

const COMMON = {
  lv: {
    greeting: MAIL_GREETING.lv,
    time: (range: string) => `Laiks: ${range} (Latvijas laiks)`,
    online: 'Nodarbība notiek tiešsaistē. Pievienoties:',
    place: 'Vieta:',
    signature: MAIL_SIGNATURE.lv,
  },
  en: {
    greeting: MAIL_GREETING.en,
    time: (range: string) => `Time: ${range} (Latvian time)`,
    online: 'The session is online. Join at:',
    place: 'Place:',
    signature: MAIL_SIGNATURE.en,
  },
} as const;

interface TemplateCopy {
  subject: (when: string, title: string) => string;
  intro: string;
  /** Said after the session: what the attached `.ics` does. */
  calendar?: string;
  reason?: string;
  noReason?: string;
}

const COPY: Record<SessionTemplate, Record<Locale, TemplateCopy>> = {
  session_reminder: {
    lv: { subject: (when, title) => `Atgādinājums: ${title}, ${when}`, intro: 'Atgādinām par gaidāmo nodarbību:' },
    en: { subject: (when, title) => `Reminder: ${title}, ${when}`, intro: 'A reminder of your coming session:' },
  },
  session_rescheduled: {
    lv: {
      subject: (when, title) => `Mainīts laiks: ${title}, ${when}`,
      intro: 'Nodarbībai ir mainīts laiks. Jaunais laiks:',
      calendar: 'Pielikumā ir kalendāra fails: atverot to, nodarbība jūsu kalendārā tiks atjaunināta.',
    },
    en: {
      subject: (when, title) => `Rescheduled: ${title}, ${when}`,
      intro: 'Your session has been moved to a new time:',
      calendar: 'The attached calendar file updates the session in your calendar.',
    },
  },
  session_cancelled: {
    lv: {
      subject: (when, title) => `Atcelts: ${title}, ${when}`,
      intro: 'Nodarbība ir atcelta:',
      calendar: 'Pielikumā ir kalendāra fails: atverot to, nodarbība tiks izņemta no jūsu kalendāra.',
      reason: 'Iemesls:',
      noReason: 'Iemesls nav norādīts.',
    },
    en: {
      subject: (when, title) => `Cancelled: ${title}, ${when}`,
      intro: 'Your session has been cancelled:',
      calendar: 'The attached calendar file removes the session from your calendar.',
      reason: 'Reason:',
      noReason: 'No reason was given.',
    },
  },
};

// Text from people must not read as the outbox's link placeholder, nor break a line (or a header).
const plain = plainText;

export function renderSessionReminder(facts: SessionMailFacts): RenderedOutgoingMail {
  return renderSessionMail('session_reminder', facts, null);
}

/** The session at its new time; the sender attaches the `.ics` (method REQUEST). */
export function renderSessionRescheduled(facts: SessionMailFacts): RenderedOutgoingMail {
  return renderSessionMail('session_rescheduled', facts, null);
}

/** The cancelled session and why; the sender attaches the `.ics` (method CANCEL). */
export function renderSessionCancelled(facts: SessionCancelledFacts): RenderedOutgoingMail {
  const copy = COPY.session_cancelled[facts.language];
  const reason = facts.reason?.trim() ? `${copy.reason} ${plain(facts.reason.trim())}` : (copy.noReason ?? '');
  return renderSessionMail('session_cancelled', facts, reason);
}

function renderSessionMail(template: SessionTemplate, facts: SessionMailFacts, reason: string | null): RenderedOutgoingMail {
  const common = COMMON[facts.language];
  const copy = COPY[template][facts.language];
  const start = formatRigaTime(facts.startsAt);
  const range = `${start}–${formatRigaTime(facts.endsAt).slice(-5)}`;
  const title = plain(facts.title);
  const name = plain(facts.fullName);
  const url = facts.meetingUrl ? plain(facts.meetingUrl) : null;
  const where = facts.mode === 'online' ? [common.online, url ?? ''] : [common.place, plain(facts.place ?? '')];
  const text = [
    common.greeting(name),
    `${copy.intro}\n${title}\n${common.time(range)}`,
    ...(reason ? [reason] : []),
    `${where[0]}\n${where[1]}`,
    ...(copy.calendar ? [copy.calendar] : []),
    `-- \n${common.signature}`,
  ].join('\n\n');
  const e = escapeHtml;
  const whereHtml = facts.mode === 'online' && url ? `${e(where[0])}<br><a href="${e(url)}">${e(url)}</a>` : `${e(where[0])} ${e(where[1])}`;
  const subject = copy.subject(start, title);
  const html = mailDocument(facts.language, subject, [
    e(common.greeting(name)),
    `${e(copy.intro)}<br><strong>${e(title)}</strong><br>${e(common.time(range))}`,
    ...(reason ? [e(reason)] : []),
    whereHtml,
    ...(copy.calendar ? [e(copy.calendar)] : []),
    e(common.signature),
  ]);
  return { to: facts.to, template, language: facts.language, subject, text: `${text}\n`, html };
}
