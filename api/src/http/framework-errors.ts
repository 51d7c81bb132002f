import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@di/contracts';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

/** What Fastify's router refuses before any route (or Nest) sees the request, said without echoing the input. */
const DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The address is not valid: it has a malformed percent-encoding',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the address (a path parameter) is too long',
};

/**
 * Fastify's `frameworkErrors`: the router's own refusals (a malformed URL, a path parameter over
 * `maxParamLength`) as problems with a code like every other error, instead of Fastify's plain JSON.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  const body: Problem =
    status === 500
      ? problem(500, 'An unexpected error occurred. It has been logged.', 'INTERNAL_ERROR')
      : problem(status, DETAILS[error.code] ?? 'The request is not valid', 'INVALID_INPUT');
  if (status === 500) request.log.error({ err: error }, 'Framework error');
  void reply
    .status(status)
    .header('Content-Type', PROBLEM_CONTENT_TYPE)
    .send({ ...body, requestId: String(request.id) });
}
