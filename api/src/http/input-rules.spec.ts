import { InvalidInputError } from '../errors/domain-error';
import { checkRequestText, textErrors, textProblem } from './input-rules';

describe('textProblem', () => {
  it('accepts text, with tabs and line breaks, in any script', () => {
    for (const text of ['', 'Anna Liepa', 'Kalkūni\tdzīvo\r\nlabi', '😀 Ω 中文', '\u00a0\u200b', 'a\u202eb']) expect(textProblem(text)).toBeUndefined();
  });

  it('refuses NUL, the other C0 controls and DEL', () => {
    for (const code of [0, 1, 8, 11, 12, 14, 27, 31, 127]) expect(textProblem(`a${String.fromCharCode(code)}b`)).toMatch(/control/);
  });

  it('refuses lone surrogates, either half', () => {
    expect(textProblem('\ud800x')).toMatch(/Unicode/);
    expect(textProblem('x\udc00')).toMatch(/Unicode/);
    expect(textProblem('\udc00\ud800')).toMatch(/Unicode/);
    expect(textProblem('\ud83d\ude00')).toBeUndefined();
  });
});

describe('textErrors', () => {
  it('names each bad string by its dotted path, deep in objects and arrays', () => {
    const errors = textErrors({ fullName: 'a\u0000', roles: [{ role: 'ok' }, { scope: { regionCode: '\ud800' } }], tags: ['ok', '\u0007'], n: 1, b: null });
    expect(errors.map((e) => e.field)).toEqual(['fullName', 'roles.1.scope.regionCode', 'tags.1']);
    expect(errors[0].message).toBe('fullName must not contain control characters');
  });

  it('checks the names of fields too, and a body that is a bare string', () => {
    expect(textErrors({ 'a\u0000b': 1 })).toEqual([{ field: 'a\\u0000b', message: 'The name of the field a\\u0000b must not contain control characters' }]);
    expect(textErrors('\u0000')).toEqual([{ field: 'body', message: 'The body must not contain control characters' }]);
  });
});

describe('checkRequestText', () => {
  it('refuses a bad path parameter, query value or body string with a 400 naming the field', () => {
    const refused = (request: Parameters<typeof checkRequestText>[0]) => {
      try {
        checkRequestText(request);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).fieldErrors.map((e) => e.field);
      }
      return [];
    };
    expect(refused({ params: { id: 'x\u0000' }, query: {}, body: undefined })).toEqual(['id']);
    expect(refused({ params: {}, query: { q: ['ok', '\u0000'] }, body: undefined })).toEqual(['q.1']);
    expect(refused({ params: {}, query: {}, body: { email: 'a\u0000b' } })).toEqual(['email']);
    expect(refused({ params: { id: 'abc' }, query: { q: 'Kalkūni' }, body: { text: 'line\nline' } })).toEqual([]);
  });
});
