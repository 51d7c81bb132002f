import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@di/contracts';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';
import { InvalidInputException } from './validation';

/** Every error leaves the API as application/problem+json; nothing unexpected leaks. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body: Problem = { ...this.toProblem(exception), requestId: String(request.id) };
    const retryAfter = exception instanceof DomainError ? exception.retryAfterSeconds : body.status === 503 ? 5 : undefined;
    if (retryAfter !== undefined) reply.header('Retry-After', String(retryAfter));
    reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof InvalidInputException) {
      return problem(400, exception.message, { errors: exception.fieldErrors });
    }
    if (exception instanceof DomainError) {
      return problem(exception.status, exception.message, { code: exception.code });
    }
    if (exception instanceof HttpException) {
      return problem(exception.getStatus(), httpExceptionDetail(exception));
    }
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Raised by Fastify itself before a handler runs: malformed JSON, wrong content type, too large.
      return problem(fastifyStatus, (exception as Error).message);
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return problem(503, 'The database is not available at the moment. Please try again shortly.');
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return problem(500, 'An unexpected error occurred. It has been logged.');
  }
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
