import { FIELD_ERROR_CODES } from '@di/contracts';
import { serverFieldErrorText } from './form-errors';

describe('serverFieldErrorText', () => {
  it('puts the API’s known password problems in the interface language', () => {
    expect(
      serverFieldErrorText({
        field: 'password',
        code: 'PASSWORD_TOO_COMMON',
        message: 'This password is among the most common ones; choose another',
      }),
    ).toBe(
      'Šī parole ir starp visbiežāk lietotajām un ir viegli uzminama. Izvēlieties citu.',
    );
    expect(
      serverFieldErrorText({
        field: 'password',
        code: 'PASSWORD_TOO_SHORT',
        message: 'too short',
      }),
    ).toBe('Parolei vajag vismaz 8 rakstzīmes.');
  });

  it('words the unchanged new password', () => {
    expect(
      serverFieldErrorText({
        field: 'newPassword',
        code: 'PASSWORD_UNCHANGED',
        message: 'The new password must differ from the current one',
      }),
    ).toBe(
      'Jaunā parole ir tāda pati kā pašreizējā. Izvēlieties citu paroli.',
    );
  });

  it.each([...FIELD_ERROR_CODES])('words %s itself', (code) => {
    const message = 'English text from the API';
    expect(serverFieldErrorText({ field: 'x', code, message })).not.toBe(
      message,
    );
  });

  it('shows other messages as the API wrote them', () => {
    expect(
      serverFieldErrorText({
        field: 'email',
        message: 'email must be an email address',
      }),
    ).toBe('email must be an email address');
  });
});
