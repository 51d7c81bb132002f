import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

describe('serving the web app beside the API', () => {
  const dist = join(__dirname, '..', '..', 'tmp', 'web-app-spec');
  let testApp: TestApp;

  beforeAll(async () => {
    await rm(dist, { recursive: true, force: true });
    for (const locale of ['lv', 'en']) {
      await mkdir(join(dist, locale), { recursive: true });
      await writeFile(join(dist, locale, 'index.html'), `<html lang="${locale}"><body>${locale} app</body></html>`);
      await writeFile(join(dist, locale, 'main-ABCD1234.js'), `console.log('${locale}')`);
    }
    testApp = await startTestApp(await createTestDatabase(), { webDistDir: dist });
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${testApp.baseUrl}${path}`, { redirect: 'manual' });

  it('sends visitors of / to the Latvian app', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/lv/');
  });

  it.each(['lv', 'en'])('serves the %s app for its client-side routes, always revalidated', async (locale) => {
    for (const path of [`/${locale}/`, `/${locale}/organisations`, `/${locale}/organisations/deep/link?type=vsac`]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`${locale} app`);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const response = await get('/en/main-ABCD1234.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("console.log('en')");
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps the API answering under /api', async () => {
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/api/unknown')).headers.get('content-type')).toContain('application/problem+json');
  });
});
