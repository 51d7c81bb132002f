import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, mediaType } from './attachment-types';

/** The one route that takes a file as its body. */
export const ATTACHMENT_UPLOAD_ROUTE = '/api/modules/:id/attachments';

/**
 * A file body, its bytes kept in a private field so that the checks that walk a request body
 * (control characters, JSON depth) do not walk ten million bytes.
 */
export class RawUpload {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

function httpError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

/**
 * Parsers for the allowed attachment types that accept a body only on the upload route (anywhere
 * else the type stays 415, as json-only.ts promises) and only up to MAX_ATTACHMENT_BYTES (413).
 */
export function acceptAttachmentBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addContentTypeParser(Object.keys(ATTACHMENT_TYPES), (request: FastifyRequest, payload, done) => {
    if (request.routeOptions.url !== ATTACHMENT_UPLOAD_ROUTE || request.method !== 'POST') {
      done(httpError(415, `Unsupported Media Type: ${mediaType(request.headers['content-type'])}`), undefined);
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES) {
      done(httpError(413, `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: RawUpload) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_ATTACHMENT_BYTES) {
        // Answer at once; the rest of the body is read and dropped so the connection stays usable.
        finish(httpError(413, `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`));
        chunks.length = 0;
        return;
      }
      if (!finished) chunks.push(chunk);
    });
    payload.on('end', () => finish(null, new RawUpload(Buffer.concat(chunks))));
    payload.on('error', (error) => finish(error));
  });
}
