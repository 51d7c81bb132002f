import type { Problem } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { TcpProxy } from './support/tcp-proxy';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

describe('when the database goes away and comes back', () => {
  let proxy: TcpProxy;
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    const direct = new URL(await createTestDatabase());
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port) });
    await proxy.listen();
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port);
    testApp = await startTestApp(viaProxy.toString());
    token = (await signIn(testApp.baseUrl, DEMO.participant)).accessToken;
  });
  afterAll(async () => {
    proxy.restore();
    await testApp.close();
    await proxy.close();
  });

  it('answers 503 with a problem body while it is away, and recovers without a restart', async () => {
    expect((await getJson(testApp.baseUrl, '/api/health')).status).toBe(200);

    proxy.cut();
    const health = await getJson(testApp.baseUrl, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'unavailable' });
    const list = await getJson<Problem>(testApp.baseUrl, '/api/organisations', { token });
    expect(list.status).toBe(503);
    expect(list.headers.get('content-type')).toContain('application/problem+json');
    expect(list.body).toMatchObject({ status: 503, title: 'Service Unavailable' });

    proxy.restore();
    const recovered = await getJson(testApp.baseUrl, '/api/health');
    expect(recovered.status).toBe(200);
    expect((await getJson(testApp.baseUrl, '/api/organisations?regionCode=LPR', { token })).status).toBe(200);
  });
});
