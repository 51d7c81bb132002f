import type { Locale } from '@di/contracts';
import { escapeHtml } from './mail-templates';
import { LINK_PLACEHOLDER } from './outbox-link';
import type { RenderedOutgoingMail } from './outgoing-mail';
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

const COPY = {
  lv: {
    subject: (when: string, title: string) => `Atgādinājums: ${title}, ${when}`,
    greeting: (name: string) => `Labdien, ${name}!`,
    intro: 'Atgādinām par gaidāmo nodarbību:',
    time: (range: string) => `Laiks: ${range} (Latvijas laiks)`,
    online: 'Nodarbība notiek tiešsaistē. Pievienoties:',
    place: 'Vieta:',
    signature: 'DI mācības',
  },
  en: {
    subject: (when: string, title: string) => `Reminder: ${title}, ${when}`,
    greeting: (name: string) => `Hello ${name},`,
    intro: 'A reminder of your coming session:',
    time: (range: string) => `Time: ${range} (Latvian time)`,
    online: 'The session is online. Join at:',
    place: 'Place:',
    signature: 'DI training',
  },
} as const;

// Text from people must not read as the outbox's link placeholder.
const plain = (value: string) => value.replaceAll(LINK_PLACEHOLDER, '{ {link} }').replace(/[\r\n]+/g, ' ');

export function renderSessionReminder(facts: SessionMailFacts): RenderedOutgoingMail {
  const copy = COPY[facts.language];
  const start = formatRigaTime(facts.startsAt);
  const range = `${start}–${formatRigaTime(facts.endsAt).slice(-5)}`;
  const title = plain(facts.title);
  const where = facts.mode === 'online' ? [copy.online, facts.meetingUrl ?? ''] : [copy.place, plain(facts.place ?? '')];
  const text = [copy.greeting(plain(facts.fullName)), `${copy.intro}\n${title}\n${copy.time(range)}`, `${where[0]}\n${where[1]}`, `-- \n${copy.signature}`].join('\n\n');
  const e = escapeHtml;
  const whereHtml =
    facts.mode === 'online' && facts.meetingUrl
      ? `${e(where[0])}<br><a href="${e(facts.meetingUrl)}">${e(facts.meetingUrl)}</a>`
      : `${e(where[0])} ${e(where[1])}`;
  const subject = copy.subject(start, title);
  const html = `<!DOCTYPE html>
<html lang="${facts.language}">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<p>${e(copy.greeting(plain(facts.fullName)))}</p>
<p>${e(copy.intro)}<br><strong>${e(title)}</strong><br>${e(copy.time(range))}</p>
<p>${whereHtml}</p>
<p>${e(copy.signature)}</p>
</body>
</html>
`;
  return { to: facts.to, template: 'session_reminder', language: facts.language, subject, text: `${text}\n`, html };
}
