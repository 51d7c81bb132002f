import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  /** `http://127.0.0.1:<port>`: requests go over a real socket. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real application, listening on a free port, on the given database. */
export async function startTestApp(databaseUrl: string, options: { webDistDir?: string } = {}): Promise<TestApp> {
  const app = await createApp(databaseUrl, { webDistDir: options.webDistDir ?? '/nonexistent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The test app has no TCP address');
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export async function getJson<T = unknown>(baseUrl: string, path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}
