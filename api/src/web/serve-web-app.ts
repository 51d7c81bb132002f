import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LOCALES, type Locale } from '@di/contracts';
import { preferredLocale } from './preferred-locale';

const DEFAULT_LOCALE: Locale = 'lv';
/** Angular's output hashing puts a content hash in file names: those never change. */
const HASHED_FILE = /-[A-Z0-9]{8,}\.(js|css|woff2?)$/;

/**
 * Serves the built web app beside the API: each locale's build under its own
 * prefix (`/lv/`, `/en/`), unknown paths inside a prefix falling back to that
 * locale's index.html (client-side routes), and `/` sending people to the
 * language their browser asks for (`Accept-Language`), else Latvian. After
 * signing in, the web app moves on to the language of the person's profile.
 */
export async function serveWebApp(app: NestFastifyApplication, distDir = defaultDistDir()): Promise<void> {
  const logger = new Logger('WebApp');
  const locales = LOCALES.filter((locale) => existsSync(join(distDir, locale, 'index.html')));
  if (locales.length === 0) {
    logger.warn(`No built web app in ${distDir}: serving the API only (build it with "npx nx build web")`);
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  for (const [index, locale] of locales.entries()) {
    const root = join(distDir, locale);
    await fastify.register(fastifyStatic, {
      root,
      prefix: `/${locale}/`,
      wildcard: false,
      index: false,
      decorateReply: index === 0,
      setHeaders: (reply, path) =>
        reply.header('Cache-Control', HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    fastify.get(`/${locale}`, (_request, reply) => reply.redirect(`/${locale}/`));
    fastify.get(`/${locale}/*`, (_request, reply) =>
      reply.header('Cache-Control', 'no-cache').sendFile('index.html', root),
    );
  }
  const home = locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0];
  fastify.get('/', (request, reply) =>
    reply
      .header('Vary', 'Accept-Language')
      .header('Cache-Control', 'no-cache')
      .redirect(`/${preferredLocale(request.headers['accept-language'], locales) ?? home}/`),
  );
  logger.log(`Serving the web app (${locales.join(', ')}) from ${distDir}`);
}

function defaultDistDir(): string {
  const candidates = [join(__dirname, '..', 'web', 'browser'), resolve('dist', 'web', 'browser')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[candidates.length - 1];
}
