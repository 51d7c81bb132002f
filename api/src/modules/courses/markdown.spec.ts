import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('# Virsraksts\n\n**treknraksts** un [saite](https://example.lv)')).toBe(
      '<h1>Virsraksts</h1>\n<p><strong>treknraksts</strong> un <a href="https://example.lv" rel="noopener noreferrer">saite</a></p>\n',
    );
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an img with onerror', '<img src=x onerror="alert(1)">'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['an encoded javascript: link', '[x](&#106;avascript:alert(1))'],
    ['a percent-encoded javascript: link', '[x](java%73cript:alert(1))'],
    ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))'],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['an image with a javascript: source', '![x](javascript:alert(1))'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['an svg with onload', '<svg onload=alert(1)>'],
  ])('keeps nothing dangerous from %s', (_name, input) => {
    const html = renderMarkdown(input);
    expect(html).not.toMatch(/<(script|img|svg|style)/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript)/i);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it('adds rel to links and allows mailto', () => {
    expect(renderMarkdown('[e](mailto:a@example.lv)')).toContain('<a href="mailto:a@example.lv" rel="noopener noreferrer">e</a>');
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<b>x</b>')).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>\n');
  });
});
