import { LINK_PLACEHOLDER } from './outbox-link';
import { renderSessionCancelled, renderSessionReminder, renderSessionRescheduled, type SessionMailFacts } from './session-mail-templates';

const facts = (overrides: Partial<SessionMailFacts> = {}): SessionMailFacts => ({
  to: 'anna.ozola@example.lv',
  language: 'lv',
  fullName: 'Anna Ozola',
  title: 'Atbalsta plānošana: Ievads',
  // 09:00 UTC on 6 December is 11:00 in Riga (winter time); 6 July 09:00 UTC is 12:00 (summer time).
  startsAt: new Date('2027-12-06T09:00:00Z'),
  endsAt: new Date('2027-12-06T11:00:00Z'),
  mode: 'in_person',
  meetingUrl: null,
  place: 'Zāle 2, Rūpniecības iela 5, Rīga',
  ...overrides,
});

describe('renderSessionRescheduled', () => {
  it('writes the new time in Latvian, in Riga time, with the place and what the attachment does', () => {
    const mail = renderSessionRescheduled(facts());
    expect(mail.template).toBe('session_rescheduled');
    expect(mail.language).toBe('lv');
    expect(mail.subject).toBe('Mainīts laiks: Atbalsta plānošana: Ievads, 06.12.2027 11:00');
    expect(mail.text).toContain('Labdien, Anna Ozola!');
    expect(mail.text).toContain('Nodarbībai ir mainīts laiks. Jaunais laiks:\nAtbalsta plānošana: Ievads\nLaiks: 06.12.2027 11:00–13:00 (Latvijas laiks)');
    expect(mail.text).toContain('Vieta:\nZāle 2, Rūpniecības iela 5, Rīga');
    expect(mail.text).toContain('kalendāra fails');
    expect(mail.html).toContain('<html lang="lv">');
    expect(mail.html).toContain('06.12.2027 11:00–13:00');
    expect(mail.attachments).toBeUndefined();
  });

  it('writes it in English, in summer time, with the meeting link of an online session', () => {
    const mail = renderSessionRescheduled(
      facts({ language: 'en', startsAt: new Date('2027-07-06T09:00:00Z'), endsAt: new Date('2027-07-06T10:30:00Z'), mode: 'online', meetingUrl: 'https://meet.example.lv/a?b=1&c=2', place: null }),
    );
    expect(mail.subject).toBe('Rescheduled: Atbalsta plānošana: Ievads, 06.07.2027 12:00');
    expect(mail.text).toContain('Hello Anna Ozola,');
    expect(mail.text).toContain('Time: 06.07.2027 12:00–13:30 (Latvian time)');
    expect(mail.text).toContain('The session is online. Join at:\nhttps://meet.example.lv/a?b=1&c=2');
    expect(mail.text).toContain('The attached calendar file updates the session in your calendar.');
    expect(mail.html).toContain('<a href="https://meet.example.lv/a?b=1&amp;c=2">');
    expect(mail.html).toContain('<html lang="en">');
  });
});

describe('renderSessionCancelled', () => {
  it.each([
    ['lv', 'Atcelts: Atbalsta plānošana: Ievads, 06.12.2027 11:00', 'Nodarbība ir atcelta:', 'Iemesls: Pasniedzējs saslima'],
    ['en', 'Cancelled: Atbalsta plānošana: Ievads, 06.12.2027 11:00', 'Your session has been cancelled:', 'Reason: Pasniedzējs saslima'],
  ] as const)('says in %s which session is cancelled and why', (language, subject, intro, reason) => {
    const mail = renderSessionCancelled({ ...facts({ language }), reason: 'Pasniedzējs saslima' });
    expect(mail.template).toBe('session_cancelled');
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(intro);
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain('06.12.2027 11:00–13:00');
    expect(mail.text).toContain('Zāle 2, Rūpniecības iela 5, Rīga');
    expect(mail.html).toContain(reason);
  });

  it('says when no reason was given', () => {
    expect(renderSessionCancelled({ ...facts(), reason: null }).text).toContain('Iemesls nav norādīts.');
    expect(renderSessionCancelled({ ...facts({ language: 'en' }), reason: '   ' }).text).toContain('No reason was given.');
  });
});

describe('session mail from text people typed', () => {
  const hostile = {
    title: 'Ievads\r\nBcc: evil@example.lv\n<script>alert("x")</script>',
    fullName: `O'Brien & <b>Co</b>`,
    place: 'Zāle <2>\r\nX-Injected: 1',
  };

  it.each([
    ['reminder', () => renderSessionReminder(facts(hostile))],
    ['rescheduled', () => renderSessionRescheduled(facts(hostile))],
    ['cancelled', () => renderSessionCancelled({ ...facts(hostile), reason: 'Slimība\r\nBcc: evil@example.lv <img src=x>' })],
  ])('keeps the %s subject on one line and escapes everything in HTML', (_, render) => {
    const mail = render();
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Ievads Bcc: evil@example.lv <script>');
    expect(mail.text).not.toContain('\r');
    expect(mail.text).not.toMatch(/\nBcc:/);
    expect(mail.text).not.toMatch(/\nX-Injected:/);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('O&#39;Brien &amp; &lt;b&gt;Co&lt;/b&gt;');
  });

  it('never carries the outbox link placeholder from a title or a reason', () => {
    const mail = renderSessionCancelled({ ...facts({ title: `Kurss ${LINK_PLACEHOLDER}` }), reason: LINK_PLACEHOLDER });
    expect(mail.text).not.toContain(LINK_PLACEHOLDER);
    expect(mail.html).not.toContain(LINK_PLACEHOLDER);
    expect(mail.subject).not.toContain(LINK_PLACEHOLDER);
  });

  it('leaves the reminder as it was', () => {
    const mail = renderSessionReminder(facts());
    expect(mail.subject).toBe('Atgādinājums: Atbalsta plānošana: Ievads, 06.12.2027 11:00');
    expect(mail.text).toBe(
      'Labdien, Anna Ozola!\n\nAtgādinām par gaidāmo nodarbību:\nAtbalsta plānošana: Ievads\nLaiks: 06.12.2027 11:00–13:00 (Latvijas laiks)\n\nVieta:\nZāle 2, Rūpniecības iela 5, Rīga\n\n-- \nDI mācības\n',
    );
  });
});
