import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long enough, uncommon password, up to 128 characters', () => {
    expect(passwordProblem('zaļā-pļava-2026')).toBeUndefined();
    expect(passwordProblem('x'.repeat(64) + 'ābele'.repeat(12))).toBeUndefined();
  });

  it('refuses short ones, counting characters rather than bytes', () => {
    expect(passwordProblem('ābeleņš')).toMatch(/at least 8/);
    expect(passwordProblem('ābeleņšs')).toBeUndefined();
  });

  it('refuses very long ones', () => {
    expect(passwordProblem('a'.repeat(129))).toMatch(/at most 128/);
  });

  it.each(['password', 'Password1', 'qwertyuiop', '12345678'])('refuses the common password %s', (password) => {
    expect(passwordProblem(password)).toMatch(/most common/);
  });

  it('refuses the email address as password', () => {
    expect(passwordProblem('Anna.Liepa@example.lv', { email: 'anna.liepa@example.lv' })).toMatch(/email/);
  });
});
