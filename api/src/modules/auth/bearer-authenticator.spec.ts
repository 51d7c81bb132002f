import { JwtService } from '@nestjs/jwt';
import { createHmac, createSecretKey } from 'node:crypto';
import type { Actor } from '../../access/actor';
import type { UsersRepository } from '../users/users.repository';
import { BearerAuthenticator } from './bearer-authenticator';
import type { SigningSecretService } from './signing-secret.service';

const SECRET = 'a-signing-secret-of-at-least-thirty-two-characters';
const SUB = '00fb36b2-d599-423b-bef3-cb4c7392289f';
const SID = '5a0c9d52-8d3e-4a8e-9f43-0d6f2d1f6b7e';
const ACTOR: Actor = { id: SUB, email: 'a@demo.invalid', fullName: 'A', organisationId: null, roles: [{ role: 'trainer' }], language: 'lv' };
const now = () => Math.floor(Date.now() / 1000);
const good = () => ({ sub: SUB, sid: SID, aud: 'di-training', iss: 'di-training-api', iat: now(), exp: now() + 60 });

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with any header and claims, signed with HMAC-SHA256 unless `signature` is given. */
function forge(header: object, claims: object, signature?: string): string {
  const signed = `${encode(header)}.${encode(claims)}`;
  return `${signed}.${signature ?? createHmac('sha256', SECRET).update(signed).digest('base64url')}`;
}

function setUp(key: () => Promise<ReturnType<typeof createSecretKey>> = async () => createSecretKey(Buffer.from(SECRET))) {
  const findSignedInActor = jest.fn(async (id: string, sessionId: string) => (id === SUB && sessionId === SID ? ACTOR : undefined));
  const authenticator = new BearerAuthenticator({ key } as unknown as SigningSecretService, { findSignedInActor } as unknown as UsersRepository);
  return { authenticator, findSignedInActor };
}

describe('BearerAuthenticator', () => {
  it('accepts an HS256 token of ours and loads its person and session afresh', async () => {
    const { authenticator, findSignedInActor } = setUp();
    const token = new JwtService().sign({ sub: SUB, sid: SID }, { secret: SECRET, algorithm: 'HS256', audience: 'di-training', issuer: 'di-training-api', expiresIn: 60 });
    expect(await authenticator.authenticate(`Bearer ${token}`)).toEqual({ ...ACTOR, sessionId: SID });
    expect(await authenticator.authenticate(`Bearer ${token}`)).toEqual({ ...ACTOR, sessionId: SID });
    expect(findSignedInActor).toHaveBeenCalledTimes(2);
    expect(findSignedInActor).toHaveBeenCalledWith(SUB, SID);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['not a JWT', 'Bearer not-a-token'],
    ['alg none', `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode(good())}.`],
    ['alg none with something signature-like', `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode(good())}.c2lnbmF0dXJl`],
    ['another HMAC algorithm', `Bearer ${forge({ alg: 'HS512', typ: 'JWT' }, good(), createHmac('sha512', SECRET).update(`${encode({ alg: 'HS512', typ: 'JWT' })}.${encode(good())}`).digest('base64url'))}`],
    ['a wrong signature', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, good(), 'c2lnbmF0dXJl')}`],
    ['another audience', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), aud: 'someone-else' })}`],
    ['another issuer', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), iss: 'someone-else' })}`],
    ['an expired token', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), exp: now() - 10 })}`],
    ['a token that never expires', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), exp: undefined })}`],
    ['no subject', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), sub: undefined })}`],
    ['no session', `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), sid: undefined })}`],
  ])('refuses %s without looking anyone up', async (_case, header) => {
    const { authenticator, findSignedInActor } = setUp();
    expect(await authenticator.authenticate(header)).toBeUndefined();
    expect(findSignedInActor).not.toHaveBeenCalled();
  });

  it('refuses a valid token whose person is gone or inactive, or whose session has ended', async () => {
    const { authenticator } = setUp();
    const gone = forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), sub: '6f1c1f4e-1d7a-4f7e-9a55-2a4f0f0b8a11' });
    expect(await authenticator.authenticate(`Bearer ${gone}`)).toBeUndefined();
    const ended = forge({ alg: 'HS256', typ: 'JWT' }, { ...good(), sid: '6f1c1f4e-1d7a-4f7e-9a55-2a4f0f0b8a11' });
    expect(await authenticator.authenticate(`Bearer ${ended}`)).toBeUndefined();
  });

  it('lets a failure to load the key through (it is not a bad token), and tries again next time', async () => {
    const key = jest
      .fn<Promise<ReturnType<typeof createSecretKey>>, []>()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
      .mockResolvedValue(createSecretKey(Buffer.from(SECRET)));
    const { authenticator } = setUp(key);
    const token = `Bearer ${forge({ alg: 'HS256', typ: 'JWT' }, good())}`;
    await expect(authenticator.authenticate(token)).rejects.toThrow('ECONNREFUSED');
    expect(await authenticator.authenticate(token)).toEqual({ ...ACTOR, sessionId: SID });
  });
});
