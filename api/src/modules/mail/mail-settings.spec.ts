import { validateEnvironment } from '../../config/environment';
import { mailSettings } from './mail-settings';

describe('mail settings', () => {
  it('default to demo mode, a local sender and links to this server', () => {
    expect(mailSettings(validateEnvironment({ PORT: '8080' }))).toEqual({
      smtpUrl: undefined,
      from: 'DI mācības <no-reply@localhost>',
      publicUrl: 'http://localhost:8080',
    });
  });

  it('read SMTP_URL, MAIL_FROM and PUBLIC_URL, trimming a trailing slash', () => {
    const env = validateEnvironment({
      SMTP_URL: 'smtp://user:secret@mail.example.lv:587',
      MAIL_FROM: 'DI mācības <macibas@example.lv>',
      PUBLIC_URL: 'https://macibas.example.lv/',
    });
    expect(mailSettings(env)).toEqual({
      smtpUrl: 'smtp://user:secret@mail.example.lv:587',
      from: 'DI mācības <macibas@example.lv>',
      publicUrl: 'https://macibas.example.lv',
    });
  });

  it('refuse bad values without echoing a URL, which may hold a password', () => {
    expect.assertions(4);
    try {
      validateEnvironment({ SMTP_URL: 'http://user:secret@mail.example.lv', MAIL_FROM: 'nobody', PUBLIC_URL: 'ftp://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/SMTP_URL must be a URL like smtp:/);
      expect(message).not.toContain('secret');
      expect(message).toMatch(/MAIL_FROM must be an address.*\(got "nobody"\)/);
      expect(message).toMatch(/PUBLIC_URL must be a URL/);
    }
  });

  it('accept smtps and a bare sender address', () => {
    const env = validateEnvironment({ SMTP_URL: 'smtps://mail.example.lv', MAIL_FROM: 'no-reply@example.lv' });
    expect(env.SMTP_URL).toBe('smtps://mail.example.lv');
    expect(env.MAIL_FROM).toBe('no-reply@example.lv');
  });
});
