import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EmailAddress } from './email-address';

class Sample {
  @EmailAddress()
  email!: string;
}

function check(email: unknown): { email: unknown; valid: boolean } {
  const value = plainToInstance(Sample, { email });
  return { email: value.email, valid: validateSync(value).length === 0 };
}

describe('EmailAddress', () => {
  it('accepts plain addresses, trimmed and in lower case', () => {
    expect(check('  Anna.Liepa@Example.LV ')).toEqual({ email: 'anna.liepa@example.lv', valid: true });
    for (const email of ['admin@demo.invalid', 'a+tag@x.lv', 'jānis@piemērs.lv', 'o\'brien@x.co.uk']) expect(check(email).valid).toBe(true);
  });

  it.each([
    '"a,b"@x.lv',
    '"a"@x.lv',
    'Anna <anna@x.lv>',
    'a@b',
    'a@',
    '@x.lv',
    'a b@x.lv',
    'a@x.lv,b@y.lv',
    'a@x.lv;b@y.lv',
    'x@y.lv\r\nBcc: z@q.lv',
    'a@[127.0.0.1]',
    'a(comment)@x.lv',
    `${'a'.repeat(250)}@x.lv`,
  ])('refuses %j, which mail cannot send', (email) => {
    expect(check(email).valid).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const email of [null, 1, ['a@x.lv'], { email: 'a@x.lv' }]) expect(check(email).valid).toBe(false);
  });
});
