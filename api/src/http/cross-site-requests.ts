import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a browser sent this request from another site. Browsers name the page's origin in
 * `Origin` on every POST, PUT, PATCH and DELETE, and most add `Sec-Fetch-Site`; programs that
 * are not browsers send neither and are not at risk (they hold no one's cookie).
 */
export function isCrossSite(request: Pick<FastifyRequest, 'headers' | 'protocol' | 'host'>, publicOrigin: string): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`;
  const site = request.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

/**
 * Refuses, with 403 `CROSS_SITE_REQUEST`, any request that could change something and that a
 * page on another site made: a form or script elsewhere must not sign a person in, refresh or
 * end their session, or act with their cookie. Reads pass (they cannot be read cross-site).
 */
export function refuseCrossSiteRequests(app: NestFastifyApplication, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (SAFE_METHODS.has(request.method) || !isCrossSite(request, publicOrigin)) return;
      const body = problem(403, 'This request came from another site and was refused', 'CROSS_SITE_REQUEST');
      await reply.status(403).type(PROBLEM_CONTENT_TYPE).send({ ...body, requestId: request.id });
    });
}
