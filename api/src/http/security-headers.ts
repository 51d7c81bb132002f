import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The Content-Security-Policy the web app runs under: scripts only from this origin (no inline
 * script, no event-handler attributes, no eval). Inline styles stay allowed, because Angular
 * and Angular Material add their component styles as `<style>` elements at run time.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer (web app, API, errors): CSP, nosniff, no framing, no
 * referrer; HSTS when the request came over https (directly, or by a proxy trusted with
 * TRUST_PROXY) or the public address is https; and `Cache-Control: no-store` on every API
 * answer that does not choose its own, since most carry personal data.
 */
export async function sendSecurityHeaders(app: NestFastifyApplication, publicUrl: string): Promise<void> {
  const publicIsHttps = publicUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (publicIsHttps || request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
      if (isApiPath(request.url) && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
      return payload;
    });
}

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
