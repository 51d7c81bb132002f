import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

// Load balancers poll health every few seconds; those lines would drown the rest.
const HEALTH = /^\/api\/health(\?|$)/;

/**
 * One line per request, written once its response has gone, carrying the request id (which is
 * also sent back as X-Request-Id and in every problem body). Plain Fastify hooks on one shared
 * logger: no HTTP-logger middleware, and no child logger made for each request.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!HEALTH.test(request.url)) {
      const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) };
      if (reply.statusCode >= 500) logger.error(line, 'request errored');
      else logger.info(line, 'request completed');
    }
    done();
  });
}
