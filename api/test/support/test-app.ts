import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  /** `http://127.0.0.1:<port>`: requests go over a real socket. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real application, listening on a free port, on the given database. */
export async function startTestApp(databaseUrl: string, options: { webDistDir?: string; demoData?: boolean } = {}): Promise<TestApp> {
  const app = await createApp(databaseUrl, { webDistDir: options.webDistDir ?? '/nonexistent', demoData: options.demoData ?? true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('The test app has no TCP address');
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface JsonRequest extends RequestInit {
  /** An access token, sent as `Authorization: Bearer …`. */
  token?: string;
  json?: unknown;
}

export async function getJson<T = unknown>(baseUrl: string, path: string, init: JsonRequest = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const { token, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(`${baseUrl}${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

export const DEMO = {
  admin: { email: 'admin@demo.invalid', password: 'demo-admin-2026' },
  coordinator: { email: 'koordinators@demo.invalid', password: 'demo-koord-2026' },
  rigaCoordinator: { email: 'koordinators.riga@demo.invalid', password: 'demo-koord-2026' },
  trainer: { email: 'pasniedzejs@demo.invalid', password: 'demo-trainer-2026' },
  participant: { email: 'dalibnieks@demo.invalid', password: 'demo-dalib-2026' },
} as const;

export interface SignedIn {
  accessToken: string;
  /** The `di_refresh=…` pair, ready for a Cookie header. */
  refreshCookie: string;
  setCookie: string;
  userId: string;
}

export async function signIn(baseUrl: string, credentials: { email: string; password: string }, headers: Record<string, string> = {}): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`Sign-in of ${credentials.email} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string; user: { id: string } };
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { accessToken: body.accessToken, refreshCookie: setCookie.split(';')[0], setCookie, userId: body.user.id };
}
