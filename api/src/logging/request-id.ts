import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const REQUEST_ID = Symbol('requestId');
const ACCEPTABLE = /^[\w.:-]{1,64}$/;

type WithRequestId = IncomingMessage & { [REQUEST_ID]?: string };

/**
 * One id per request, shared by Fastify, the logger and problem bodies. A
 * caller's `X-Request-Id` is kept when it looks like an id, so a load
 * balancer's id threads through.
 */
export function requestId(request: IncomingMessage): string {
  const raw = request as WithRequestId;
  if (!raw[REQUEST_ID]) {
    const offered = request.headers['x-request-id'];
    raw[REQUEST_ID] = typeof offered === 'string' && ACCEPTABLE.test(offered) ? offered : randomUUID();
  }
  return raw[REQUEST_ID];
}
