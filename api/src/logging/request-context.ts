import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyRequest } from 'fastify';

const requests = new AsyncLocalStorage<FastifyRequest>();

/** The request being handled, wherever its handling has got to (services, filters, queries). */
export function currentRequest(): FastifyRequest | undefined {
  return requests.getStore();
}

/** Runs `next` (and all it starts) as part of `request`. */
export function withinRequest(request: FastifyRequest, next: () => void): void {
  requests.run(request, next);
}
