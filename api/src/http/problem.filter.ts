import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem, ProblemCode } from '@di/contracts';
import { domainErrorForDatabase } from '../errors/database-errors';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { DomainError } from '../errors/domain-error';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

/** What a status means when nothing more specific is known: every problem carries a code. */
const CODE_FOR_STATUS: Record<number, ProblemCode> = {
  400: 'INVALID_INPUT',
  401: 'NOT_SIGNED_IN',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Every error leaves the API as application/problem+json; nothing unexpected leaks. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const domainError = exception instanceof DomainError ? exception : domainErrorForDatabase(exception);
    const requestId = String(request.id);
    const body: Problem = { ...this.toProblem(domainError ?? exception, requestId), requestId };
    const retryAfter = domainError ? domainError.retryAfterSeconds : body.status === 503 ? 5 : undefined;
    if (retryAfter !== undefined) reply.header('Retry-After', String(retryAfter));
    reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown, requestId: string): Problem {
    if (exception instanceof DomainError) {
      return { ...exception.extensions, ...problem(exception.status, exception.message, exception.code, exception.fieldErrors) };
    }
    if (exception instanceof HttpException) {
      // Raised by Nest itself, e.g. an unknown route.
      const status = exception.getStatus();
      return problem(status, httpExceptionDetail(exception), CODE_FOR_STATUS[status] ?? 'INVALID_INPUT');
    }
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Raised by Fastify itself before a handler runs: malformed JSON, wrong content type, too large.
      return problem(fastifyStatus, (exception as Error).message, CODE_FOR_STATUS[fastifyStatus] ?? 'INVALID_INPUT');
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable (request ${requestId}): ${(exception as Error).message}`);
      return problem(503, 'The database is not available at the moment. Please try again shortly.', 'DATABASE_UNAVAILABLE');
    }
    this.logger.error(`Unexpected error (request ${requestId}): ${exception instanceof Error ? exception.stack : String(exception)}`);
    return problem(500, 'An unexpected error occurred. It has been logged.', 'INTERNAL_ERROR');
  }
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
