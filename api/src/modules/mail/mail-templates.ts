import { WEB_PATHS, type Locale } from '@di/contracts';
import type { LinkMail, LinkTemplate } from './outgoing-mail';
import { formatRigaTime } from '../../time/riga-time';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What a template needs besides the link: everything in an OutgoingMail except the token. */
export type MailContent = Pick<LinkMail, 'to' | 'template' | 'language' | 'fullName' | 'expiresAt'>;

interface Copy {
  subject: string;
  greeting: string;
  intro: string;
  /** Precedes the person's name and address. */
  forWhom: string;
  action: string;
  button: string;
  fallback: string;
  expiry: (when: string) => string;
  closing: string;
  signature: string;
}

const COPY: Record<LinkTemplate, Record<Locale, Copy>> = {
  invitation: {
    lv: {
      subject: 'Uzaicinājums pievienoties platformai “DI mācības”',
      greeting: 'Labdien!',
      intro: 'Jums ir izveidots konts mācību platformā “DI mācības”.',
      forWhom: 'Uzaicinājums paredzēts:',
      action: 'Lai sāktu to lietot, atveriet saiti un izveidojiet paroli:',
      button: 'Izveidot paroli',
      fallback: 'Ja poga nedarbojas, atveriet šo adresi pārlūkā:',
      expiry: (when) =>
        `Saite ir derīga līdz ${when} (Latvijas laiks), un to var izmantot vienu reizi. ` +
        'Ja tās derīgums ir beidzies, lūdziet jaunu uzaicinājumu savam koordinatoram vai administratoram.',
      closing: 'Ja šo uzaicinājumu negaidījāt, vienkārši ignorējiet šo vēstuli.',
      signature: 'DI mācības',
    },
    en: {
      subject: 'Invitation to the “DI training” platform',
      greeting: 'Hello,',
      intro: 'An account has been created for you on the “DI training” learning platform.',
      forWhom: 'This invitation is for:',
      action: 'To start using it, open the link and choose a password:',
      button: 'Choose a password',
      fallback: 'If the button does not work, open this address in your browser:',
      expiry: (when) =>
        `The link can be used once and is valid until ${when} (Latvian time). ` +
        'If it has expired, ask your coordinator or administrator for a new invitation.',
      closing: 'If you were not expecting this invitation, you can ignore this email.',
      signature: 'DI training',
    },
  },
  password_reset: {
    lv: {
      subject: 'Paroles atjaunošana platformā “DI mācības”',
      greeting: 'Labdien!',
      intro: 'Saņēmām pieprasījumu atjaunot paroli jūsu kontam mācību platformā “DI mācības”.',
      forWhom: 'Konts:',
      action: 'Lai iestatītu jaunu paroli, atveriet šo saiti:',
      button: 'Iestatīt jaunu paroli',
      fallback: 'Ja poga nedarbojas, atveriet šo adresi pārlūkā:',
      expiry: (when) => `Saite ir derīga līdz ${when} (Latvijas laiks), un to var izmantot vienu reizi.`,
      closing: 'Ja paroles atjaunošanu nepieprasījāt, ignorējiet šo vēstuli – jūsu pašreizējā parole paliek spēkā.',
      signature: 'DI mācības',
    },
    en: {
      subject: 'Reset your password for “DI training”',
      greeting: 'Hello,',
      intro: 'We received a request to reset the password of your account on the “DI training” learning platform.',
      forWhom: 'Account:',
      action: 'To choose a new password, open this link:',
      button: 'Choose a new password',
      fallback: 'If the button does not work, open this address in your browser:',
      expiry: (when) => `The link can be used once and is valid until ${when} (Latvian time).`,
      closing: 'If you did not ask to reset your password, ignore this email – your current password stays as it is.',
      signature: 'DI training',
    },
  },
};

/** The web app's set-password page in the person's language; the token rides in the fragment. */
export function setPasswordUrl(publicUrl: string, language: Locale, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${language}${WEB_PATHS.setPassword(token)}`;
}

export function renderMail(mail: MailContent, link: string): RenderedMail {
  const copy = COPY[mail.template][mail.language];
  const expiry = copy.expiry(formatRigaTime(mail.expiresAt));
  const text = [
    copy.greeting,
    `${copy.intro}\n${copy.forWhom} ${mail.fullName} (${mail.to})`,
    `${copy.action}\n${link}`,
    expiry,
    copy.closing,
    `-- \n${copy.signature}`,
  ].join('\n\n');
  return { subject: copy.subject, text: `${text}\n`, html: renderHtml(mail, copy, link, expiry) };
}

function renderHtml(mail: MailContent, copy: Copy, link: string, expiry: string): string {
  const e = escapeHtml;
  const href = e(link);
  return `<!DOCTYPE html>
<html lang="${mail.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(copy.subject)}</title>
</head>
<body style="margin:0;padding:24px;background-color:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-roledescription="email" aria-label="${e(copy.subject)}" lang="${mail.language}" style="max-width:600px">
<p>${e(copy.greeting)}</p>
<p>${e(copy.intro)}<br>${e(copy.forWhom)} <strong>${e(mail.fullName)}</strong> (${e(mail.to)})</p>
<p>${e(copy.action)}</p>
<p><a href="${href}" style="display:inline-block;padding:12px 20px;background-color:#0b5cad;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:4px">${e(copy.button)}</a></p>
<p>${e(copy.fallback)}<br><a href="${href}" style="color:#0b5cad;word-break:break-all">${href}</a></p>
<p>${e(expiry)}</p>
<p>${e(copy.closing)}</p>
<p>${e(copy.signature)}</p>
</div>
</body>
</html>
`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
