import type { Problem } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { getJson, startTestApp, TestApp } from './support/test-app';

describe('operations', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
  });
  afterAll(() => testApp.close());

  it('reports health', async () => {
    const { status, body, headers } = await getJson(testApp.baseUrl, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('gives every response a request id, keeping a well-formed one from the caller', async () => {
    const own = await fetch(`${testApp.baseUrl}/api/regions`, { headers: { 'X-Request-Id': 'lb-1234' } });
    expect(own.headers.get('x-request-id')).toBe('lb-1234');
    const hostile = await fetch(`${testApp.baseUrl}/api/regions`, { headers: { 'X-Request-Id': 'not an id; <script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await getJson<Problem>(testApp.baseUrl, '/api/organisations?page=0', { headers: { 'X-Request-Id': 'trace-7' } });
    expect(problem.body.requestId).toBe('trace-7');
  });

  it('describes every API route in the OpenAPI document, and serves its UI', async () => {
    const { status, body } = await getJson<{ paths: Record<string, unknown> }>(testApp.baseUrl, '/api/docs-json');
    expect(status).toBe(200);
    const fastify = testApp.app.getHttpAdapter().getInstance();
    const registered = fastify
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .map((line) => line.replace(/^[\s│├└─]+/, '').split(' (')[0])
      .filter((path) => path.startsWith('/api/') && !path.startsWith('/api/docs'));
    expect(registered.length).toBeGreaterThan(0);
    const documented = Object.keys(body.paths).map((path) => path.replace(/\{(\w+)\}/g, ':$1'));
    for (const path of registered) expect(documented).toContain(path);

    const ui = await fetch(`${testApp.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
