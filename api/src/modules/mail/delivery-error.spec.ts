import { describeDeliveryError } from './delivery-error';

describe('describeDeliveryError', () => {
  it("gives the code, command and SMTP status, never the server's words", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <anna@example.lv>: no such user"), {
      code: 'EENVELOPE',
      command: 'RCPT TO',
      responseCode: 550,
      response: '550 <anna@example.lv>: no such user',
    });
    expect(describeDeliveryError(error)).toBe('EENVELOPE at RCPT TO SMTP 550');
  });

  it('falls back to the error class, ignoring odd codes', () => {
    expect(describeDeliveryError(Object.assign(new TypeError('anna@example.lv'), { code: 'anna@example.lv' }))).toBe('TypeError');
    expect(describeDeliveryError('anna@example.lv')).toBe('unknown error');
  });
});
