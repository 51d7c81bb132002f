import type { Logger } from 'pino';
import type { Params } from 'nestjs-pino';
import type { Environment } from '../config/environment';
import { appLogger } from './app-logger';

/**
 * nestjs-pino as Nest's logger, on the process's one logger. It installs no middleware of its
 * own (`forRoutes: []`): the line per request comes from Fastify hooks (see request-logging.ts),
 * which cost far less per request than pino-http.
 */
export function loggerOptions(env: Environment): Params {
  return { pinoHttp: { logger: appLogger(env) }, forRoutes: [] };
}

/** For the lines written before the application exists. */
export function bootstrapLogger(env: Environment): Logger {
  return appLogger(env);
}
