/** A piece of a message's plain text: words, or a link to show as one. */
export interface TextPart {
  text: string;
  href?: string;
}

const LINK = /\bhttps?:\/\/[^\s<>"']+/g;
/** Sentence punctuation right after a link belongs to the sentence. */
const TRAILING = /[.,;:!?)\]]+$/;

/** Splits plain text into words and http(s) links, for a template to show (never as HTML). */
export function linkedText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    const trailing = TRAILING.exec(match[0])?.[0] ?? '';
    const href = match[0].slice(0, match[0].length - trailing.length);
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: href, href });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
