import { ConfigurationError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('fills in defaults for an empty environment', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and URLs given as strings', () => {
    const env = validateEnvironment({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db.example:5432/training' });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_URL).toBe('postgres://u:p@db.example:5432/training');
  });

  it('names every bad variable with the value it got', () => {
    expect.assertions(4);
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as ConfigurationError).message;
      expect(message).toMatch(/PORT must be a whole number from 1 to 65535 \(got "eighty"\)/);
      expect(message).toMatch(/DATABASE_URL must be a URL like postgres:/);
      expect(message).not.toContain('mysql://x');
      expect(message).toMatch(/LOG_LEVEL.*"loud"/);
    }
  });

  it('ignores unrelated variables and treats empty ones as unset', () => {
    const env = validateEnvironment({ PATH: '/usr/bin', DATABASE_URL: '' });
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
