import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote',
    'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};
SANITISE.allowedAttributes = { ...SANITISE.allowedAttributes, a: ['href', 'title', 'rel'] };

/** Longest Markdown one request may ask to render (a module's content is bounded the same). */
export const MAX_MARKDOWN_LENGTH = 20_000;

/**
 * Markdown to HTML that is safe to insert as it is: markdown-it without raw HTML, then
 * sanitize-html as the second line (links only http, https and mailto; no scripts, handlers or styles
 * beyond table alignment).
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITISE);
}
