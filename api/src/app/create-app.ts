import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { validateEnvironment } from '../config/environment';
import { refuseCrossSiteRequests } from '../http/cross-site-requests';
import { answerFrameworkError } from '../http/framework-errors';
import { refuseUnsafeText } from '../http/input-rules';
import { limitJsonDepth } from '../http/json-depth';
import { acceptJsonBodiesOnly } from '../http/json-only';
import { acceptFileBodies, ATTENDANCE_IMPORT_FILE_ROUTE, ENROLMENT_IMPORT_FILE_ROUTE } from '../http/file-body';
import { ATTACHMENT_FILE_ROUTE } from '../modules/courses/attachment-body';
import { sendSecurityHeaders } from '../http/security-headers';
import { appLogger } from '../logging/app-logger';
import { requestId } from '../logging/request-id';
import { logRequests } from '../logging/request-logging';
import { serveWebApp } from '../web/serve-web-app';
import type { AppOptions } from './app-options';
import { AppModule } from './app.module';
import { setUpOpenApi } from './openapi';

export interface CreateAppOptions extends Partial<AppOptions> {
  /** The built web app to serve beside the API; by default dist/web/browser. */
  webDistDir?: string;
}

/** The whole application, configured the same way for `main.ts` and for the tests. */
export async function createApp(databaseUrl: string, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const env = validateEnvironment(process.env);
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    bodyLimit: 1024 * 1024,
    trustProxy: env.TRUST_PROXY === 'true',
    frameworkErrors: answerFrameworkError,
  });
  logRequests(adapter.getInstance(), appLogger(env));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(databaseUrl, { demoData: options.demoData ?? false }), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  await sendSecurityHeaders(app, publicUrl);
  refuseCrossSiteRequests(app, publicUrl);
  acceptJsonBodiesOnly(app);
  acceptFileBodies(app, [ATTACHMENT_FILE_ROUTE, ENROLMENT_IMPORT_FILE_ROUTE, ATTENDANCE_IMPORT_FILE_ROUTE]);
  limitJsonDepth(app);
  refuseUnsafeText(app);
  await app.register(fastifyCookie);
  app.setGlobalPrefix('api');
  setUpOpenApi(app);
  await serveWebApp(app, options.webDistDir);
  await app.init();
  return app;
}
