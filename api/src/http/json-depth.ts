import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { InvalidInputError } from '../errors/domain-error';

/** Deeper than any request of the API needs (a role grant's scope is 3 deep), far below what costs. */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests objects and arrays more than `limit` deep, found in one pass over the
 * characters without parsing (brackets inside strings do not count), stopping at the first level
 * too deep. Malformed text is left to the parser.
 */
export function exceedsJsonDepth(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

export function tooDeepError(limit = MAX_JSON_DEPTH): InvalidInputError {
  return new InvalidInputError([{ field: 'body', message: `The JSON body is nested more than ${limit} levels deep` }]);
}

/**
 * Fastify's own JSON parser (with its guard against `__proto__` and `constructor` keys), after a
 * check of the nesting depth that costs one pass over the text: a body nested 20,000 deep is a
 * 400 before anything is built from it. The body limit stays Fastify's `bodyLimit`.
 */
export function limitJsonDepth(app: NestFastifyApplication, limit = MAX_JSON_DEPTH): void {
  const fastify = app.getHttpAdapter().getInstance();
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (exceedsJsonDepth(text, limit)) {
      done(tooDeepError(limit), undefined);
      return;
    }
    parse(request, text, done);
  });
}
