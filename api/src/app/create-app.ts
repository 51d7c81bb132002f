import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { requestId } from '../logging/request-id';
import { serveWebApp } from '../web/serve-web-app';
import { AppModule } from './app.module';
import { setUpOpenApi } from './openapi';

export interface CreateAppOptions {
  /** The built web app to serve beside the API; by default dist/web/browser. */
  webDistDir?: string;
}

/** The whole application, configured the same way for `main.ts` and for the tests. */
export async function createApp(databaseUrl: string, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    bodyLimit: 1024 * 1024,
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(databaseUrl), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  setUpOpenApi(app);
  await serveWebApp(app, options.webDistDir);
  await app.init();
  return app;
}
