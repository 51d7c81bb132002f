import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LOCALES, type Locale } from '@di/contracts';

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

/**
 * The first of `available` that an `Accept-Language` header asks for, by its
 * q-values (`en-GB,en;q=0.9,lv;q=0.8` → `en`); undefined when it asks for none.
 */
export function preferredLocale(header: string | undefined, available: readonly Locale[]): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.language && range.q > 0 && !Number.isNaN(range.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const found = available.find((locale) => locale === range.language);
    if (found) return found;
  }
  return undefined;
}

function defaultDistDir(): string {
  const candidates = [join(__dirname, '..', 'web', 'browser'), resolve('dist', 'web', 'browser')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[candidates.length - 1];
}
