import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long enough, uncommon password, up to 128 characters', () => {
    expect(passwordProblem('zaļā-pļava-2026')).toBeUndefined();
    expect(passwordProblem('x'.repeat(64) + 'ābele'.repeat(12))).toBeUndefined();
  });

  it('refuses short ones, counting characters rather than bytes', () => {
    expect(passwordProblem('ābeleņš')).toMatchObject({ code: 'PASSWORD_TOO_SHORT', message: expect.stringMatching(/at least 8/) });
    expect(passwordProblem('ābeleņšs')).toBeUndefined();
  });

  it('refuses very long ones', () => {
    expect(passwordProblem('a'.repeat(129))).toMatchObject({ code: 'PASSWORD_TOO_LONG' });
  });

  it.each(['password', 'Password1', 'qwertyuiop', '12345678'])('refuses the common password %s', (password) => {
    expect(passwordProblem(password)?.code).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses the email address as password', () => {
    expect(passwordProblem('Anna.Liepa@example.lv', { email: 'anna.liepa@example.lv' })?.code).toBe('PASSWORD_IS_EMAIL');
  });
});
