import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Request bodies are JSON and nothing else: Fastify's own JSON parser stays, its text/plain
 * parser goes, and Nest is told not to add its form parser (`bodyParser: false` in createApp).
 * Any other content type is then 415 `UNSUPPORTED_MEDIA_TYPE`, so a form on another site cannot
 * post to the API as a "simple" cross-site request. A route that takes a file adds its own parser.
 */
export function acceptJsonBodiesOnly(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
}
