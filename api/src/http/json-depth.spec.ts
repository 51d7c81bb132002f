import Fastify from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { InvalidInputError } from '../errors/domain-error';
import { exceedsJsonDepth, limitJsonDepth, MAX_JSON_DEPTH } from './json-depth';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('exceedsJsonDepth', () => {
  it('lets through JSON up to the limit and refuses one level more', () => {
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(exceedsJsonDepth(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
    expect(exceedsJsonDepth('"text"')).toBe(false);
    expect(exceedsJsonDepth('')).toBe(false);
  });

  it('counts siblings once, not their sum', () => {
    expect(exceedsJsonDepth(`[${Array.from({ length: 1000 }, () => nested(10)).join(',')}]`, 11)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ a: '[[[[[[[[[[' }), 1)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ a: 'say \\"[[[[[["' }), 1)).toBe(false);
    // A string that ends in an escaped backslash ends there: the brackets after it count.
    expect(exceedsJsonDepth(`[${JSON.stringify('\\')},[[]]]`, 2)).toBe(true);
    expect(exceedsJsonDepth(`[${JSON.stringify('\\')},[[]]]`, 3)).toBe(false);
  });

  it('costs little for a body nested 20,000 deep, even unclosed', () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) {
      expect(exceedsJsonDepth(nested(20_000))).toBe(true);
      expect(exceedsJsonDepth('{"a":'.repeat(20_000))).toBe(true);
    }
    expect(Number(process.hrtime.bigint() - started) / 1e6 / 200).toBeLessThan(5);
  });
});

describe('limitJsonDepth', () => {
  async function server() {
    const fastify = Fastify();
    limitJsonDepth({ getHttpAdapter: () => ({ getInstance: () => fastify }) } as unknown as NestFastifyApplication);
    fastify.setErrorHandler((error, _request, reply) =>
      reply.status(error instanceof InvalidInputError ? 400 : (error as { statusCode?: number }).statusCode ?? 500).send({ error: error instanceof InvalidInputError ? error.fieldErrors[0].message : (error as Error).message }),
    );
    fastify.post('/', async (request) => ({ got: request.body }));
    await fastify.ready();
    return fastify;
  }
  const post = (fastify: Awaited<ReturnType<typeof server>>, payload: string) =>
    fastify.inject({ method: 'POST', url: '/', headers: { 'content-type': 'application/json' }, payload });

  it('parses JSON as Fastify does, refusing too deep a body before parsing it', async () => {
    const fastify = await server();
    expect((await post(fastify, '{"a":[1,2]}')).json()).toEqual({ got: { a: [1, 2] } });
    const tooDeep = await post(fastify, nested(20_000));
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().error).toMatch(/nested more than 32/);
    expect((await post(fastify, '{"a":')).statusCode).toBe(400);
    expect((await post(fastify, '')).statusCode).toBe(400);
    // Fastify's guard against prototype poisoning stays.
    expect((await post(fastify, '{"__proto__":{"admin":true}}')).statusCode).toBe(400);
    await fastify.close();
  });
});
