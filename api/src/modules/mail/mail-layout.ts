import type { Locale } from '@di/contracts';
import { escapeHtml } from './mail-templates';
import { LINK_PLACEHOLDER } from './outbox-link';

/** The pieces every rendered message shares, so that they read and look alike. */
export const MAIL_GREETING: Record<Locale, (name: string) => string> = { lv: (name) => `Labdien, ${name}!`, en: (name) => `Hello ${name},` };
export const MAIL_SIGNATURE: Record<Locale, string> = { lv: 'DI mācības', en: 'DI training' };

/** Text from people must not read as the outbox's link placeholder, nor break a line (or a header). */
export function plainText(value: string): string {
  return value.replaceAll(LINK_PLACEHOLDER, '{ {link} }').replace(/[\r\n]+/g, ' ');
}

/** The HTML document around a message's paragraphs (already HTML). */
export function mailDocument(language: Locale, subject: string, paragraphs: readonly string[]): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</body>
</html>
`;
}
