import { escapeHtml, renderMail, setPasswordUrl, type MailContent } from './mail-templates';
import { fillLink, LINK_PLACEHOLDER } from './outbox-link';
import { formatRigaTime } from '../../time/riga-time';

const LINK = 'https://macibas.example.lv/lv/set-password#token=abc%2Bdef';

const invitation = (overrides: Partial<MailContent> = {}): MailContent => ({
  to: 'anna.ozola@example.lv',
  template: 'invitation',
  language: 'lv',
  fullName: 'Anna Ozola',
  // 21:30 UTC on 14 March is 23:30 in Riga (winter time, UTC+2).
  expiresAt: new Date('2027-03-14T21:30:00Z'),
  ...overrides,
});

describe('setPasswordUrl', () => {
  it("puts the token in the fragment of the language's set-password page", () => {
    const url = new URL(setPasswordUrl('https://macibas.example.lv/', 'en', 'a+b/c=d'));
    expect(url.origin + url.pathname).toBe('https://macibas.example.lv/en/set-password');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#token=a%2Bb%2Fc%3Dd');
    expect(new URLSearchParams(url.hash.slice(1)).get('token')).toBe('a+b/c=d');
  });

  it('keeps a base path', () => {
    expect(setPasswordUrl('http://localhost:3000/di', 'lv', 't')).toBe('http://localhost:3000/di/lv/set-password#token=t');
  });
});

describe('formatRigaTime', () => {
  it('writes dd.MM.yyyy HH:mm on the Riga clock, in winter and in summer', () => {
    expect(formatRigaTime(new Date('2027-01-05T07:04:00Z'))).toBe('05.01.2027 09:04');
    expect(formatRigaTime(new Date('2027-07-31T21:59:00Z'))).toBe('01.08.2027 00:59');
  });

  it('uses 00, not 24, for midnight', () => {
    expect(formatRigaTime(new Date('2027-02-01T22:00:00Z'))).toBe('02.02.2027 00:00');
  });
});

describe('renderMail', () => {
  it('writes a Latvian invitation naming the platform, the person, the link and its expiry', () => {
    const mail = renderMail(invitation(), LINK);
    expect(mail.subject).toBe('Uzaicinājums pievienoties platformai “DI mācības”');
    expect(mail.text).toContain('“DI mācības”');
    expect(mail.text).toContain('Anna Ozola (anna.ozola@example.lv)');
    expect(mail.text).toContain(`\n${LINK}\n`);
    expect(mail.text).toContain('derīga līdz 14.03.2027 23:30 (Latvijas laiks)');
    expect(mail.html).toContain('<html lang="lv">');
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.html).toContain('14.03.2027 23:30');
  });

  it('writes an English invitation', () => {
    const mail = renderMail(invitation({ language: 'en' }), LINK);
    expect(mail.subject).toBe('Invitation to the “DI training” platform');
    expect(mail.text).toContain('This invitation is for: Anna Ozola (anna.ozola@example.lv)');
    expect(mail.text).toContain('valid until 14.03.2027 23:30 (Latvian time)');
    expect(mail.html).toContain('<html lang="en">');
  });

  it.each([
    ['lv', 'Paroles atjaunošana platformā “DI mācības”', 'Ja paroles atjaunošanu nepieprasījāt, ignorējiet šo vēstuli'],
    ['en', 'Reset your password for “DI training”', 'If you did not ask to reset your password, ignore this email'],
  ] as const)('writes a password reset in %s that says to ignore it if not asked for', (language, subject, ignore) => {
    const mail = renderMail(invitation({ template: 'password_reset', language }), LINK);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(ignore);
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain('14.03.2027 23:30');
    expect(mail.html).toContain(`href="${LINK}"`);
  });

  it('escapes the name and the address in HTML, and leaves them as they are in text', () => {
    const fullName = `<script>alert("x")</script> O'Brien & Co`;
    const mail = renderMail(invitation({ fullName, to: 'o.brien@example.lv' }), LINK);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; Co');
    expect(mail.text).toContain(fullName);
  });

  it('escapes the link in its attribute', () => {
    const mail = renderMail(invitation(), 'https://x.example/lv/set-password#token=a&b="c"');
    expect(mail.html).toContain('href="https://x.example/lv/set-password#token=a&amp;b=&quot;c&quot;"');
  });

  it('renders with a placeholder that the stored bodies get their link back through', () => {
    expect(escapeHtml(LINK_PLACEHOLDER)).toBe(LINK_PLACEHOLDER);
    const stored = renderMail(invitation(), LINK_PLACEHOLDER);
    const direct = renderMail(invitation(), LINK);
    expect(stored.text).not.toContain('token=');
    expect(fillLink(stored.text, LINK, 'text', 'lv')).toBe(direct.text);
    expect(fillLink(stored.html, LINK, 'html', 'lv')).toBe(direct.html);
    expect(fillLink(stored.text, null, 'text', 'en')).toContain('[link not shown here]');
  });
});
