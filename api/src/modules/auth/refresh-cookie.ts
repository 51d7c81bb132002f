// The plugin's declarations add cookies to Fastify's request and reply types.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedRefreshToken } from './refresh-tokens.service';

export const REFRESH_COOKIE = 'di_refresh';
const PATH = '/api/auth';

/**
 * Whether the refresh cookie must be `Secure`: whenever people reach the app over https
 * (PUBLIC_URL), even when the request reaching us is plain http (TLS ended at a proxy, with
 * TRUST_PROXY unset), and whenever the request itself came over https.
 */
export function secureCookie(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return request.protocol === 'https' || (publicUrl ?? '').toLowerCase().startsWith('https:');
}

/** httpOnly, SameSite=Strict, only sent to the auth endpoints, expiring with its token (never after the session). */
export function setRefreshCookie(reply: FastifyReply, issued: IssuedRefreshToken, secure: boolean): void {
  reply.setCookie(REFRESH_COOKIE, issued.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: PATH,
    expires: issued.expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(REFRESH_COOKIE, { path: PATH, httpOnly: true, sameSite: 'strict', secure });
}

export function refreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies[REFRESH_COOKIE];
}
