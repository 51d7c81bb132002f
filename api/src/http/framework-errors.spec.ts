import Fastify from 'fastify';
import { answerFrameworkError } from './framework-errors';

describe('answerFrameworkError', () => {
  it('answers the router’s own refusals as problems with a code', async () => {
    const fastify = Fastify({ frameworkErrors: answerFrameworkError, genReqId: () => 'req-1' });
    fastify.get('/things/:id', async () => ({}));
    await fastify.ready();

    const tooLong = await fastify.inject({ method: 'GET', url: `/things/${'x'.repeat(150)}` });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooLong.json()).toEqual({
      type: 'urn:di-training:problem:invalid-input',
      title: 'URI Too Long',
      status: 414,
      code: 'INVALID_INPUT',
      detail: 'A part of the address (a path parameter) is too long',
      requestId: 'req-1',
    });

    const badUrl = await fastify.inject({ method: 'GET', url: '/things/%' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toMatchObject({ status: 400, code: 'INVALID_INPUT', title: 'Bad Request' });
    expect(badUrl.body).not.toContain('%');
    await fastify.close();
  });
});
