import { RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Environment } from '../config/environment';
import { requestId } from './request-id';

const SERVICE = 'di-training-api';
const HEALTH = /^\/api\/health(\?|$)/;

/**
 * Structured logs: JSON for collectors, pretty for a terminal; a request id on
 * every line; no credentials, cookies or query strings (which may carry
 * personal data) in any line.
 */
export function loggerOptions(env: Environment): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: env.LOG_LEVEL,
      genReqId: (req: IncomingMessage) => requestId(req),
      customProps: () => ({ service: SERVICE }),
      // Load balancers poll health every few seconds; those lines would drown the rest.
      autoLogging: { ignore: (req: IncomingMessage & { originalUrl?: string }) => HEALTH.test(req.originalUrl ?? req.url ?? '') },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: IncomingMessage & { id?: string }) => ({
          id: req.id,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      ...formatOptions(env),
    },
  };
}

/** `pretty` when asked for, or by default at a terminal; JSON otherwise. */
export function formatOptions(env: Environment): Pick<LoggerOptions, 'transport'> {
  const pretty = (env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  return pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {};
}

/** For the lines written before the application (and its logger) exists. */
export function bootstrapLogger(env: Environment): Logger {
  return pino({ level: env.LOG_LEVEL, base: { service: SERVICE }, ...formatOptions(env) });
}
