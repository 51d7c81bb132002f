import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { FieldError } from '@di/contracts';
import { InvalidInputError } from '../errors/domain-error';

/**
 * Control characters no text of the API carries: NUL (which PostgreSQL cannot store) and the
 * other C0 controls and DEL, except tab, line feed and carriage return, which multi-line text
 * may hold. (A field that must be one line says so itself.)
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Half of a surrogate pair without its other half: not Unicode text, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string is refused, or undefined when it is acceptable text. */
export function textProblem(text: string): string | undefined {
  if (CONTROL_CHARACTER.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text';
  return undefined;
}

/**
 * One field error for each string in `value` (deep: objects, arrays, and the names of fields
 * too) that is not acceptable text, with the field as a dotted path (`roles.0.scope.regionCode`).
 */
export function textErrors(value: unknown, path = '', errors: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) errors.push({ field: path || 'body', message: `${path || 'The body'} ${problem}` });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => textErrors(item, path ? `${path}.${index}` : String(index), errors));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      const name = keyProblem ? JSON.stringify(key).slice(1, -1) : key;
      const field = path ? `${path}.${name}` : name;
      if (keyProblem) errors.push({ field, message: `The name of the field ${field} ${keyProblem}` });
      else textErrors(item, field, errors);
    }
  }
  return errors;
}

/** The checks on one request: its path parameters, query string and JSON body. */
export function checkRequestText(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): void {
  const errors = [...textErrors(request.params ?? {}), ...textErrors(request.query ?? {}), ...textErrors(request.body ?? {})];
  if (errors.length > 0) throw new InvalidInputError(errors.slice(0, 20));
}

/**
 * Refuses, for every route, a request with a control character or a lone surrogate in any path
 * parameter, query value or string of its JSON body (deep, names of fields included): 400 with a
 * field error naming the field. Runs after the body is parsed and before the route's guards.
 */
export function refuseUnsafeText(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => checkRequestText(request));
}
