import { ArgumentsHost, ForbiddenException } from '@nestjs/common';
import { ProblemFilter } from './problem.filter';
import { NotFoundError } from './domain-error';
import { InvalidInputException } from './validation';

function capture(exception: unknown) {
  const reply = { status: jest.fn(), header: jest.fn(), send: jest.fn() };
  reply.status.mockReturnValue(reply);
  reply.header.mockReturnValue(reply);
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemFilter().catch(exception, host);
  return { status: reply.status.mock.calls[0][0], headers: Object.fromEntries(reply.header.mock.calls), body: reply.send.mock.calls[0][0] };
}

describe('ProblemFilter', () => {
  it('turns invalid input into a 400 listing the fields', () => {
    const { status, headers, body } = capture(new InvalidInputException([{ field: 'page', message: 'page must be an integer' }]));
    expect(status).toBe(400);
    expect(headers['Content-Type']).toBe('application/problem+json');
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid input: page',
      errors: [{ field: 'page', message: 'page must be an integer' }],
      requestId: 'req-1',
    });
  });

  it('gives domain errors their status and a stable code', () => {
    const { status, body } = capture(new NotFoundError('The organisation'));
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND', type: 'urn:di-training:problem:not-found', detail: 'The organisation was not found' });
  });

  it('keeps Nest HTTP exceptions as they are', () => {
    expect(capture(new ForbiddenException('Not yours')).body).toMatchObject({ status: 403, title: 'Forbidden', detail: 'Not yours' });
  });

  it('answers 503 with Retry-After when the database is away', () => {
    const { status, headers } = capture(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('5');
  });

  it('hides the details of unexpected errors', () => {
    const { status, body } = capture(new Error('secret internals at /srv/app.js:12'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
