import { InvalidInputError } from '../errors/domain-error';
import { expectedVersion, parseIfMatch } from './if-match-version';

describe('If-Match versions', () => {
  it('reads a version as an entity tag, quoted or not, weak or strong', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('3')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it('refuses what is not a version', () => {
    for (const header of ['*', '"abc"', '"-1"', '"1", "2"', ['"1"', '"2"'], '"12345678901"']) {
      expect(() => parseIfMatch(header)).toThrow(InvalidInputError);
    }
  });

  it('takes the version from the body or the header, and refuses two that disagree', () => {
    expect(expectedVersion(4, undefined)).toBe(4);
    expect(expectedVersion(undefined, 5)).toBe(5);
    expect(expectedVersion(6, 6)).toBe(6);
    expect(expectedVersion(undefined, undefined)).toBeUndefined();
    expect(() => expectedVersion(6, 7)).toThrow(InvalidInputError);
  });
});
