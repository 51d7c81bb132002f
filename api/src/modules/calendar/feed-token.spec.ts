import { randomUUID } from 'node:crypto';
import { feedIdOf, feedToken } from './feed-token';

describe('calendar feed tokens', () => {
  const secret = 'a-signing-secret-of-some-length-0123456789';

  it('name their feed, and only with the secret they were made with', () => {
    const id = randomUUID();
    const token = feedToken(secret, id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    expect(feedIdOf(secret, token)).toBe(id);
    expect(feedIdOf(`${secret}x`, token)).toBeNull();
  });

  it('refuse any altered character, another length, or foreign characters', () => {
    const token = feedToken(secret, randomUUID());
    for (let at = 0; at < token.length; at++) {
      const altered = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
      expect(feedIdOf(secret, altered)).toBeNull();
    }
    expect(feedIdOf(secret, token.slice(1))).toBeNull();
    expect(feedIdOf(secret, `${token}A`)).toBeNull();
    expect(feedIdOf(secret, `${token.slice(1)}.`)).toBeNull();
  });
});
