import type { Me } from '@di/contracts';
import { createTestDatabase, withClient } from './support/test-database';
import { getJson, signIn, startTestApp } from './support/test-app';

describe('the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  const admin = { email: 'Operators@Example.lv', password: 'pirmais-admins-2026' };

  beforeAll(() => {
    process.env['ADMIN_EMAIL'] = admin.email;
    process.env['ADMIN_PASSWORD'] = admin.password;
  });
  afterAll(() => {
    delete process.env['ADMIN_EMAIL'];
    delete process.env['ADMIN_PASSWORD'];
  });

  it('is created on an empty database without demo people, once, across restarts', async () => {
    const url = await createTestDatabase();
    for (let start = 0; start < 2; start++) {
      const testApp = await startTestApp(url, { demoData: false });
      try {
        const session = await signIn(testApp.baseUrl, admin);
        const me = await getJson<Me>(testApp.baseUrl, '/api/me', { token: session.accessToken });
        expect(me.body).toMatchObject({ email: 'operators@example.lv', roles: [{ role: 'admin' }], organisationId: null });
      } finally {
        await testApp.close();
      }
    }
    const people = await withClient(url, async (c) => (await c.query('SELECT email, is_demo FROM app_user')).rows);
    expect(people).toEqual([{ email: 'operators@example.lv', is_demo: false }]);
  });
});
