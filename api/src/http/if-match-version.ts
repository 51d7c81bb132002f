import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { InvalidInputError } from '../errors/domain-error';

const VERSION_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/**
 * The version named by an `If-Match: "<version>"` header, or undefined without one. Editable
 * resources accept it as an alternative to a `version` field in the body.
 */
export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined =>
  parseIfMatch(context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['if-match']),
);

export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? VERSION_TAG.exec(header.trim()) : null;
  if (!match) throw new InvalidInputError([{ field: 'If-Match', message: 'If-Match must be a version, e.g. "3"' }]);
  return Number(match[1]);
}

/** The version a change is based on, from the body or the header; both given must agree. */
export function expectedVersion(bodyVersion: number | undefined, headerVersion: number | undefined): number | undefined {
  if (bodyVersion !== undefined && headerVersion !== undefined && bodyVersion !== headerVersion) {
    throw new InvalidInputError([{ field: 'version', message: 'version and If-Match name different versions' }]);
  }
  return bodyVersion ?? headerVersion;
}
