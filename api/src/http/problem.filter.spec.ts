import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { BusyError, InvalidInputError, NotFoundError } from '../errors/domain-error';
import { ProblemFilter } from './problem.filter';

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
    const { status, headers, body } = capture(new InvalidInputError([{ field: 'page', message: 'page must be an integer' }]));
    expect(status).toBe(400);
    expect(headers['Content-Type']).toBe('application/problem+json');
    expect(body).toEqual({
      type: 'urn:di-training:problem:invalid-input',
      title: 'Bad Request',
      status: 400,
      code: 'INVALID_INPUT',
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

  it('gives the exceptions Nest raises itself (an unknown route) a code too', () => {
    expect(capture(new NotFoundException('Cannot GET /api/nowhere')).body).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Cannot GET /api/nowhere' });
  });

  it('maps what the database refuses to client errors, naming the field where it can', () => {
    const driverError = (code: string, detail = '') => Object.assign(new Error('query failed'), { driverError: { code, detail } });
    expect(capture(driverError('23505', 'Key (email)=(a@b.lv) already exists.')).body).toMatchObject({ status: 409, code: 'ALREADY_EXISTS' });
    expect(capture(driverError('23503', 'Key (organisation_id)=(x) is not present in table "organisation".')).body).toMatchObject({
      status: 400,
      code: 'REFERENCE_NOT_FOUND',
      errors: [{ field: 'organisationId' }],
    });
    expect(capture(driverError('23503', 'Key (id)=(x) is still referenced from table "app_user".')).body).toMatchObject({ status: 409, code: 'IN_USE' });
    expect(capture(driverError('23514')).body).toMatchObject({ status: 400, code: 'INVALID_VALUE' });
    expect(capture(driverError('22P02')).body).toMatchObject({ status: 400, code: 'INVALID_VALUE' });
    // A NUL or another character the encoding cannot hold, should one get past the input rules.
    expect(capture(driverError('22021')).body).toMatchObject({ status: 400, code: 'INVALID_VALUE' });
    expect(capture(driverError('40P01')).body).toMatchObject({ status: 409, code: 'BUSY' });
  });

  it('tells a caller to come back shortly when concurrent changes kept colliding', () => {
    const { status, headers } = capture(new BusyError());
    expect(status).toBe(409);
    expect(headers['Retry-After']).toBe('1');
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
