import type { Locale } from '@di/contracts';
import { escapeHtml } from './mail-templates';

/**
 * Stands in for the link in the stored bodies, so that the token in clear lives
 * in one column only and can be cleared once the message has left. It contains
 * nothing HTML escaping would change.
 */
export const LINK_PLACEHOLDER = '{{link}}';

const LINK_NOT_SHOWN: Record<Locale, string> = {
  lv: '[saite šeit netiek rādīta]',
  en: '[link not shown here]',
};

/** A stored body with its link put back, or with a note in its place when there is no link to show. */
export function fillLink(body: string, link: string | null, format: 'text' | 'html', language: Locale): string {
  const value = link ?? LINK_NOT_SHOWN[language];
  return body.replaceAll(LINK_PLACEHOLDER, format === 'html' ? escapeHtml(value) : value);
}
