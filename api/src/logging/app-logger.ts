import { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Environment } from '../config/environment';
import { requestId } from './request-id';

export const SERVICE = 'di-training-api';

/**
 * JSON lines are written in batches of about this many bytes (and at least every FLUSH_EVERY_MS),
 * off the event loop, rather than one system call per line; pino writes what is left when the
 * process exits. A process killed outright (SIGKILL) loses at most that last second of lines.
 */
const BUFFERED_BYTES = 4096;
const FLUSH_EVERY_MS = 1000;

interface LoggableRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

/**
 * The only parts of a request or a reply that reach a log line: no headers (so no credentials
 * or cookies) and no query string (which may carry personal data).
 */
export const serializers = {
  req: (req: LoggableRequest) => ({
    id: req.id ?? (req instanceof IncomingMessage ? requestId(req) : undefined),
    method: req.method,
    path: redactSecretPath((req.url ?? '').split('?')[0]),
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

// A calendar feed's address is its secret (calendar apps cannot send a header).
const FEED_PATH = /^(\/api\/calendar\/)[^/]+(\.ics)$/;

function redactSecretPath(path: string): string {
  return path.replace(FEED_PATH, '$1[token]$2');
}

/**
 * The one pino logger of the process, for Nest's logger, the request lines and start-up alike.
 * Lines carry no request context of their own: keeping one (AsyncLocalStorage) puts a hook on
 * every promise of every request, which cost about a sixth of an authorised read's throughput.
 * A line about a request names it itself (`req`), as the request line does.
 */
export function createAppLogger(env: Environment, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: env.LOG_LEVEL,
    base: { pid: process.pid, hostname: hostname(), service: SERVICE },
    serializers,
  };
  if (destination) return pino(options, destination);
  if (logFormat(env) === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } });
  }
  return pino(options, pino.destination({ sync: false, minLength: BUFFERED_BYTES, periodicFlush: FLUSH_EVERY_MS }));
}

let shared: { key: string; logger: Logger } | undefined;

/** The process's logger for these settings, made once (a pretty logger runs a worker thread). */
export function appLogger(env: Environment): Logger {
  const key = `${env.LOG_LEVEL} ${logFormat(env)}`;
  if (shared?.key !== key) shared = { key, logger: createAppLogger(env) };
  return shared.logger;
}

/** `pretty` when asked for, or by default at a terminal; JSON otherwise. */
export function logFormat(env: Environment): 'pretty' | 'json' {
  return env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
}
