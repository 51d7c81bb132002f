import type { Locale } from '@di/contracts';
import { escapeHtml } from '../mail/mail-templates';
import { MAIL_GREETING, MAIL_SIGNATURE, mailDocument, plainText } from '../mail/mail-layout';
import type { EnrolmentTemplate, RenderedOutgoingMail } from '../mail/outgoing-mail';
import { formatRigaTime } from '../../time/riga-time';

/** What a message about an enrolment says, in the recipient's language already. */
export interface EnrolmentMailFacts {
  to: string;
  language: Locale;
  fullName: string;
  runTitle: string;
  /** `dd.MM.yyyy–dd.MM.yyyy` */
  dates: string;
  /** The run's page, where the person sees their place and may accept an offer. */
  runUrl: string;
  /** For an approval: where it left the person. */
  outcome?: 'enrolled' | 'waitlisted';
  position?: number | null;
  offerExpiresAt?: Date | null;
  reason?: string | null;
}

type Copy = { subject: (title: string) => string; body: (facts: EnrolmentMailFacts) => string[] };

const SEE: Record<Locale, string> = { lv: 'Sīkāk:', en: 'Details:' };

const COPY: Record<EnrolmentTemplate, Record<Locale, Copy>> = {
  enrolment_promoted: {
    lv: { subject: (t) => `Jums ir vieta: ${t}`, body: (f) => [`Atbrīvojās vieta, un jūs esat uzņemts mācībās „${f.runTitle}” (${f.dates}).`] },
    en: { subject: (t) => `You have a seat: ${t}`, body: (f) => [`A seat became free and you are now enrolled in “${f.runTitle}” (${f.dates}).`] },
  },
  enrolment_offered: {
    lv: {
      subject: (t) => `Jums piedāvāta vieta: ${t}`,
      body: (f) => [
        `Mācībās „${f.runTitle}” (${f.dates}) atbrīvojās vieta, un tā tiek piedāvāta jums.`,
        `Pieņemiet to līdz ${formatRigaTime(f.offerExpiresAt ?? new Date())} (Latvijas laiks); pēc tam vieta tiks piedāvāta nākamajam gaidītājam.`,
      ],
    },
    en: {
      subject: (t) => `A seat is offered to you: ${t}`,
      body: (f) => [
        `A seat became free in “${f.runTitle}” (${f.dates}) and it is offered to you.`,
        `Accept it by ${formatRigaTime(f.offerExpiresAt ?? new Date())} (Latvian time); after that it is offered to the next person waiting.`,
      ],
    },
  },
  enrolment_approved: {
    lv: {
      subject: (t) => `Pieteikums apstiprināts: ${t}`,
      body: (f) => [
        `Jūsu pieteikums mācībām „${f.runTitle}” (${f.dates}) ir apstiprināts.`,
        f.outcome === 'waitlisted' ? `Brīvu vietu pašlaik nav: jūs esat gaidīšanas sarakstā ${f.position}. vietā.` : 'Jums ir vieta mācībās.',
      ],
    },
    en: {
      subject: (t) => `Request approved: ${t}`,
      body: (f) => [
        `Your request to join “${f.runTitle}” (${f.dates}) has been approved.`,
        f.outcome === 'waitlisted' ? `No seat is free at the moment: you are number ${f.position} on the waiting list.` : 'You have a seat.',
      ],
    },
  },
  enrolment_rejected: {
    lv: { subject: (t) => `Pieteikums noraidīts: ${t}`, body: (f) => [`Jūsu pieteikums mācībām „${f.runTitle}” (${f.dates}) ir noraidīts.`, `Iemesls: ${f.reason ?? ''}`] },
    en: { subject: (t) => `Request declined: ${t}`, body: (f) => [`Your request to join “${f.runTitle}” (${f.dates}) has been declined.`, `Reason: ${f.reason ?? ''}`] },
  },
};


export function renderEnrolmentMail(template: EnrolmentTemplate, input: EnrolmentMailFacts): RenderedOutgoingMail {
  const facts = { ...input, runTitle: plainText(input.runTitle), fullName: plainText(input.fullName), reason: input.reason ? plainText(input.reason) : input.reason };
  const copy = COPY[template][facts.language];
  const paragraphs = copy.body(facts);
  const subject = copy.subject(facts.runTitle);
  const greeting = MAIL_GREETING[facts.language](facts.fullName);
  const text = [greeting, ...paragraphs, `${SEE[facts.language]} ${facts.runUrl}`, `-- \n${MAIL_SIGNATURE[facts.language]}`].join('\n\n');
  const e = escapeHtml;
  const html = mailDocument(facts.language, subject, [
    e(greeting),
    ...paragraphs.map(e),
    `${e(SEE[facts.language])} <a href="${e(facts.runUrl)}">${e(facts.runUrl)}</a>`,
    e(MAIL_SIGNATURE[facts.language]),
  ]);
  return { to: facts.to, template, language: facts.language, subject, text: `${text}\n`, html };
}
