import type { IncomingMessage } from 'node:http';
import { Busboy, type BusboyHeaders } from '@fastify/busboy';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { InvalidInputError } from '../errors/domain-error';

/** A route that takes a file as its body: these content types, up to this many bytes. */
export interface FileRoute {
  method: string;
  /** The route as Fastify knows it, global prefix included (`/api/modules/:id/attachments`). */
  url: string;
  /** Media types without parameters, lower case; `multipart/form-data` takes the part named `file`. */
  types: readonly string[];
  maxBytes: number;
}

/**
 * A file body, its bytes kept in a private field so that the checks that walk a request body
 * (control characters, JSON depth) do not walk ten million bytes. The name and the type are plain
 * fields: those checks do look at them.
 */
export class RawUpload {
  readonly #bytes: Buffer;
  // Declared only, so that a field left undefined is not an own property either.
  /** The file's name, as a multipart part gives it. */
  declare readonly fileName?: string;
  /** The media type of the file: the part's own for multipart, else the request's. */
  declare readonly contentType?: string;

  constructor(bytes: Buffer, details: { fileName?: string; contentType?: string } = {}) {
    this.#bytes = bytes;
    if (details.fileName !== undefined) this.fileName = details.fileName;
    if (details.contentType !== undefined) this.contentType = details.contentType;
  }

  get bytes(): Buffer {
    return this.#bytes;
  }
}

export const MULTIPART_FORM_DATA = 'multipart/form-data';
/** The multipart part that carries the file. */
export const FILE_PART_NAME = 'file';

export const ENROLMENT_IMPORT_ROUTE = '/api/runs/:id/enrolments/import';
export const ATTENDANCE_IMPORT_ROUTE = '/api/sessions/:id/attendance/import';

/** People to enrol, as a CSV/TSV text or an Excel workbook; the types browsers and Excel give such files. */
export const ENROLMENT_IMPORT_FILE_ROUTE: FileRoute = {
  method: 'POST',
  url: ENROLMENT_IMPORT_ROUTE,
  types: [
    'text/csv',
    'text/plain',
    'application/csv',
    'text/tab-separated-values',
    'application/octet-stream',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    MULTIPART_FORM_DATA,
  ],
  maxBytes: 10 * 1024 * 1024,
};

/** Room in a multipart body for what surrounds the file: boundaries, part headers, a few small fields. */
const MULTIPART_ENVELOPE_BYTES = 256 * 1024;

type Done = (error: Error | null, body?: RawUpload) => void;

/** The media type without parameters, lower case (`text/csv; charset=utf-8` → `text/csv`). */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function httpError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

function tooLarge(maxBytes: number): Error {
  const mebibytes = maxBytes / 1024 / 1024;
  return httpError(413, `The file is larger than ${Number.isInteger(mebibytes) ? `${mebibytes} MiB` : `${maxBytes} bytes`}`);
}

/** Calls `done` once, whatever happens after. */
function once(done: Done): Done {
  let called = false;
  return (error, body) => {
    if (called) return;
    called = true;
    done(error, body);
  };
}

/**
 * Parsers for the content types of file routes. A type is taken only on the routes that list it
 * (anywhere else it stays 415, as json-only.ts promises) and only up to the route's `maxBytes`
 * (413). The body becomes a `RawUpload`; for multipart, the part named `file` does (400 without one).
 * Replaces any parser already there for such a type (text/plain), so these are the only ones.
 */
/** An online meeting's attendance report: the CSV/TSV text Teams, Zoom and Meet export. */
export const ATTENDANCE_IMPORT_FILE_ROUTE: FileRoute = {
  method: 'POST',
  url: ATTENDANCE_IMPORT_ROUTE,
  types: ['text/csv', 'text/plain', 'application/csv', 'text/tab-separated-values', 'application/octet-stream', 'application/vnd.ms-excel', MULTIPART_FORM_DATA],
  maxBytes: 5 * 1024 * 1024,
};

/** The file of a route registered with `acceptFileBodies`, or 400 when the body was something else. */
export function uploadOf(request: FastifyRequest): RawUpload {
  if (request.body instanceof RawUpload) return request.body;
  throw new InvalidInputError([{ field: 'file', message: 'Send the file as the request body or as multipart field `file`' }]);
}

export function acceptFileBodies(app: NestFastifyApplication, routes: readonly FileRoute[]): void {
  const fastify = app.getHttpAdapter().getInstance();
  const types = new Set(routes.flatMap((route) => route.types.map((type) => type.toLowerCase())));
  for (const type of types) {
    if (fastify.hasContentTypeParser(type)) fastify.removeContentTypeParser(type);
    fastify.addContentTypeParser(type, (request: FastifyRequest, payload: IncomingMessage, done: Done) => {
      const route = routes.find(
        (candidate) => candidate.method.toUpperCase() === request.method && candidate.url === request.routeOptions.url && candidate.types.some((t) => t.toLowerCase() === type),
      );
      if (!route) {
        done(httpError(415, `Unsupported Media Type: ${mediaType(request.headers['content-type'])}`));
        return;
      }
      const limit = type === MULTIPART_FORM_DATA ? route.maxBytes + MULTIPART_ENVELOPE_BYTES : route.maxBytes;
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > limit) {
        done(tooLarge(route.maxBytes));
        return;
      }
      if (type === MULTIPART_FORM_DATA) readFilePart(request, payload, route.maxBytes, once(done));
      else readWholeBody(payload, route.maxBytes, type, once(done));
    });
  }
}

function readWholeBody(payload: IncomingMessage, maxBytes: number, contentType: string, done: Done): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  payload.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > maxBytes) {
      // Answer at once; the rest of the body is read and dropped so the connection stays usable.
      refused = true;
      chunks.length = 0;
      done(tooLarge(maxBytes));
      return;
    }
    chunks.push(chunk);
  });
  payload.on('end', () => done(null, new RawUpload(Buffer.concat(chunks), { contentType })));
  payload.on('error', (error) => done(error));
}

/** The part named `file` of a multipart body, read with busboy; other parts are read and dropped. */
function readFilePart(request: FastifyRequest, payload: IncomingMessage, maxBytes: number, done: Done): void {
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: request.headers as BusboyHeaders,
      // A part named `file` is the file even without a filename (curl -F 'file=<list.csv').
      isPartAFile: (name, type, fileName) => name === FILE_PART_NAME || type === 'application/octet-stream' || fileName !== undefined,
      limits: { fileSize: maxBytes, files: 5, fields: 20, fieldSize: 8 * 1024, parts: 25, headerPairs: 20 },
    });
  } catch {
    done(httpError(400, 'The multipart body cannot be read: its Content-Type has no boundary'));
    return;
  }
  let upload: RawUpload | undefined;
  let fileParts = 0;
  let stopped = false;
  const stop = (error: Error) => {
    if (stopped) return;
    stopped = true;
    payload.unpipe(parser);
    // The rest of the body is read and dropped so the connection stays usable.
    payload.resume();
    done(error);
  };
  let size = 0;
  payload.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes + MULTIPART_ENVELOPE_BYTES) stop(tooLarge(maxBytes));
  });
  payload.on('error', (error) => stop(error));
  const malformed = () => stop(httpError(400, 'The multipart body is malformed'));
  parser.on('file', (name, stream, fileName, _encoding, contentType) => {
    stream.on('error', malformed);
    if (name !== FILE_PART_NAME) {
      stream.resume();
      return;
    }
    if (++fileParts > 1) {
      stream.resume();
      stop(httpError(400, `Send one file, in one part named "${FILE_PART_NAME}"`));
      return;
    }
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      if (!stopped) chunks.push(chunk);
    });
    stream.on('limit', () => {
      chunks.length = 0;
      stop(tooLarge(maxBytes));
    });
    stream.on('end', () => {
      if (!stream.truncated) upload = new RawUpload(Buffer.concat(chunks), { fileName: fileName || undefined, contentType: mediaType(contentType) });
    });
  });
  parser.on('finish', () => {
    if (stopped) return;
    stopped = true;
    if (upload) done(null, upload);
    else done(httpError(400, `The form has no part named "${FILE_PART_NAME}" with the file`));
  });
  parser.on('error', malformed);
  payload.pipe(parser);
}
