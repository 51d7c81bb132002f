import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { acceptFileBodies, ENROLMENT_IMPORT_FILE_ROUTE, ENROLMENT_IMPORT_ROUTE, RawUpload, type FileRoute } from './file-body';
import { acceptJsonBodiesOnly } from './json-only';

const UPLOAD: FileRoute = { method: 'POST', url: '/upload/:id', types: ['application/pdf', 'text/plain'], maxBytes: 100 };
const IMPORT: FileRoute = { method: 'POST', url: '/import', types: ['text/csv', 'text/plain', 'multipart/form-data'], maxBytes: 100 };

async function server(): Promise<FastifyInstance> {
  const fastify = Fastify();
  const app = { getHttpAdapter: () => ({ getInstance: () => fastify }) } as unknown as NestFastifyApplication;
  acceptJsonBodiesOnly(app);
  acceptFileBodies(app, [UPLOAD, IMPORT]);
  fastify.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => reply.status(error.statusCode ?? 500).send({ error: error.message }));
  const describeBody = (body: unknown) =>
    body instanceof RawUpload ? { text: body.bytes.toString('utf8'), hex: body.bytes.toString('hex'), fileName: body.fileName, contentType: body.contentType, keys: Object.keys(body) } : { other: body };
  fastify.post('/upload/:id', async (request) => describeBody(request.body));
  fastify.put('/upload/:id', async (request) => describeBody(request.body));
  fastify.post('/import', async (request) => describeBody(request.body));
  fastify.post('/json', async (request) => describeBody(request.body));
  await fastify.ready();
  return fastify;
}

const BOUNDARY = 'x-boundary-42';

function form(parts: { name: string; fileName?: string; type?: string; content: string | Buffer }[]): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName === undefined ? '' : `; filename="${part.fileName}"`}`;
    const headers = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    pieces.push(Buffer.from(headers), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

describe('acceptFileBodies', () => {
  let fastify: FastifyInstance;
  beforeAll(async () => {
    fastify = await server();
  });
  afterAll(() => fastify.close());

  const post = (url: string, contentType: string, payload: string | Buffer, method: 'POST' | 'PUT' = 'POST') =>
    fastify.inject({ method, url, headers: { 'content-type': contentType }, payload });

  it('takes a listed type as the raw body on the routes that list it', async () => {
    const pdf = await post('/upload/7', 'application/pdf', '%PDF-1.4');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.json()).toMatchObject({ text: '%PDF-1.4', contentType: 'application/pdf', keys: ['contentType'] });
    expect((await post('/import', 'text/csv; charset=utf-8', 'a;b\n1;2')).json()).toMatchObject({ text: 'a;b\n1;2', contentType: 'text/csv' });
    expect((await post('/import', 'text/plain', 'x')).statusCode).toBe(200);
  });

  it('answers 415 for a type on a route that does not list it, for another method, and for unlisted types', async () => {
    for (const [url, type, method] of [
      ['/json', 'text/plain', 'POST'],
      ['/json', 'multipart/form-data; boundary=x', 'POST'],
      ['/upload/7', 'text/csv', 'POST'],
      ['/upload/7', 'multipart/form-data; boundary=x', 'POST'],
      ['/import', 'application/pdf', 'POST'],
      ['/upload/7', 'application/pdf', 'PUT'],
      ['/import', 'text/html', 'POST'],
    ] as const) {
      const refused = await post(url, type, '--x--', method);
      expect([url, type, method, refused.statusCode]).toEqual([url, type, method, 415]);
    }
    expect((await post('/json', 'text/plain', 'x')).json().error).toBe('Unsupported Media Type: text/plain');
  });

  it('answers 413 over the route’s limit, whether the length is declared or not', async () => {
    expect((await post('/import', 'text/csv', 'x'.repeat(100))).statusCode).toBe(200);
    const declared = await post('/import', 'text/csv', 'x'.repeat(101));
    expect(declared.statusCode).toBe(413);
    expect(declared.json().error).toBe('The file is larger than 100 bytes');
    // A stream as the payload: no Content-Length, so the size is counted as the body arrives.
    const chunked = await fastify.inject({ method: 'POST', url: '/import', headers: { 'content-type': 'text/csv' }, payload: Readable.from([Buffer.alloc(60, 0x41), Buffer.alloc(60, 0x41)]) });
    expect(chunked.statusCode).toBe(413);
    const fits = await fastify.inject({ method: 'POST', url: '/import', headers: { 'content-type': 'text/csv' }, payload: Readable.from([Buffer.alloc(50, 0x41), Buffer.alloc(50, 0x42)]) });
    expect(fits.json().text).toBe('A'.repeat(50) + 'B'.repeat(50));
  });

  it('takes the part named file from a form, with its name and type', async () => {
    const body = form([
      { name: 'note', content: 'ignored' },
      { name: 'other', fileName: 'other.txt', type: 'text/plain', content: 'not this one' },
      { name: 'file', fileName: 'Saraksts Ārija.csv', type: 'text/csv', content: 'e-pasts;vārds\r\na@b.lv;Ārija' },
    ]);
    const taken = await post('/import', `multipart/form-data; boundary=${BOUNDARY}`, body);
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ text: 'e-pasts;vārds\r\na@b.lv;Ārija', fileName: 'Saraksts Ārija.csv', contentType: 'text/csv', keys: ['fileName', 'contentType'] });
  });

  it('takes a file part without a filename, keeping binary bytes as they are', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
    const taken = await fastify.inject({
      method: 'POST',
      url: '/import',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: form([{ name: 'file', type: 'application/octet-stream', content: bytes }]),
    });
    expect(taken.statusCode).toBe(200);
    expect(taken.json().hex).toBe(bytes.toString('hex'));
    expect(taken.json().fileName).toBeUndefined();
  });

  it('answers 400 for a form without a file part, with two, or malformed; 413 for a file part over the limit', async () => {
    const type = `multipart/form-data; boundary=${BOUNDARY}`;
    const none = await post('/import', type, form([{ name: 'attachment', fileName: 'a.csv', content: 'a;b' }]));
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toBe('The form has no part named "file" with the file');
    const two = form([
      { name: 'file', fileName: 'a.csv', content: 'a' },
      { name: 'file', fileName: 'b.csv', content: 'b' },
    ]);
    expect((await post('/import', type, two)).statusCode).toBe(400);
    expect((await post('/import', 'multipart/form-data', form([{ name: 'file', content: 'a' }]))).statusCode).toBe(400);
    expect((await post('/import', type, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end`)).statusCode).toBe(400);
    const big = await post('/import', type, form([{ name: 'file', fileName: 'big.csv', content: 'x'.repeat(101) }]));
    expect(big.statusCode).toBe(413);
    expect((await post('/import', type, form([{ name: 'file', fileName: 'ok.csv', content: 'x'.repeat(100) }]))).statusCode).toBe(200);
  });

  it('describes the enrolment import route', () => {
    expect(ENROLMENT_IMPORT_FILE_ROUTE).toMatchObject({ method: 'POST', url: ENROLMENT_IMPORT_ROUTE, maxBytes: 10 * 1024 * 1024 });
    expect(ENROLMENT_IMPORT_FILE_ROUTE.types).toEqual(expect.arrayContaining(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'multipart/form-data']));
  });
});
