import Fastify, { type FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { validateEnvironment } from '../config/environment';
import { createAppLogger } from './app-logger';
import { requestId } from './request-id';
import { logRequests } from './request-logging';

interface Line {
  level: number;
  msg: string;
  service?: string;
  req?: { id: string; method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
  [key: string]: unknown;
}

/** A logger writing into an array, and a Fastify app with the request hooks on it. */
function setUp(): { app: FastifyInstance; logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n').map((text) => JSON.parse(text) as Line));
      done();
    },
  });
  const logger = createAppLogger(validateEnvironment({ LOG_LEVEL: 'info' }), destination);
  const app = Fastify({ genReqId: requestId });
  logRequests(app, logger);
  return { app, logger, lines };
}

const completed = (lines: Line[]) => lines.filter((line) => line.msg === 'request completed' || line.msg === 'request errored');

describe('request logging', () => {
  it('writes one line per request with its id, method, path and status, and returns the id', async () => {
    const { app, lines } = setUp();
    app.get('/api/things', async () => ({ ok: true }));
    const response = await app.inject({
      url: '/api/things?name=Anna%20Berzina',
      headers: { 'x-request-id': 'lb-42', authorization: 'Bearer secret.token.here', cookie: 'di_refresh=abc' },
    });
    expect(response.headers['x-request-id']).toBe('lb-42');
    expect(completed(lines)).toEqual([
      expect.objectContaining({ level: 30, service: 'di-training-api', req: { id: 'lb-42', method: 'GET', path: '/api/things' }, res: { statusCode: 200 } }),
    ]);
    expect(typeof completed(lines)[0].responseTime).toBe('number');
    const written = JSON.stringify(lines);
    expect(written).not.toContain('Anna');
    expect(written).not.toContain('secret.token');
    expect(written).not.toContain('di_refresh');
  });

  it('names a request on a line about it with the same fields as the request line', async () => {
    const { app, logger, lines } = setUp();
    app.post('/api/things', async (request) => {
      logger.warn({ req: request }, 'about this request');
      return {};
    });
    await app.inject({ method: 'POST', url: '/api/things?x=1', headers: { 'x-request-id': 'with-body' }, payload: { name: 'x' } });
    expect(lines.map((line) => line.req)).toEqual([
      { id: 'with-body', method: 'POST', path: '/api/things' },
      { id: 'with-body', method: 'POST', path: '/api/things' },
    ]);
  });

  it('writes server errors at error level', async () => {
    const { app, lines } = setUp();
    app.get('/api/broken', async (_request, reply) => reply.status(503).send({}));
    await app.inject({ url: '/api/broken' });
    expect(completed(lines)).toEqual([expect.objectContaining({ level: 50, msg: 'request errored', res: { statusCode: 503 } })]);
  });

  it('writes a calendar feed’s address without its secret token', async () => {
    const { app, lines } = setUp();
    app.get('/api/calendar/:token.ics', async () => 'BEGIN:VCALENDAR');
    const token = 'c2VjcmV0LWZlZWQtdG9rZW4tdGhhdC1tdXN0LW5vdC1iZS1sb2dnZWQtYW55d2hlcmU';
    await app.inject({ url: `/api/calendar/${token}.ics?x=1` });
    expect(completed(lines).map((line) => line.req?.path)).toEqual(['/api/calendar/[token].ics']);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('leaves out health checks', async () => {
    const { app, lines } = setUp();
    app.get('/api/health', async () => ({ status: 'ok' }));
    await app.inject({ url: '/api/health' });
    await app.inject({ url: '/api/health?probe=1' });
    expect(completed(lines)).toEqual([]);
  });
});
