// The plugin's declarations add cookies to Fastify's request and reply types.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedRefreshToken } from './refresh-tokens.service';

export const REFRESH_COOKIE = 'di_refresh';
const PATH = '/api/auth';

/** httpOnly, SameSite=Strict, only sent to the auth endpoints; Secure whenever the request came over https. */
export function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, issued: IssuedRefreshToken): void {
  reply.setCookie(REFRESH_COOKIE, issued.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: PATH,
    expires: issued.expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, { path: PATH, httpOnly: true, sameSite: 'strict' });
}

export function refreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies[REFRESH_COOKIE];
}
