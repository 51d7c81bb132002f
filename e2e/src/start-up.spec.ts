import { expect, test } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ACCOUNTS } from './support/auth';
import { ROOT, startBuiltServer, waitUntilHealthy } from './support/built-server';
import { freePort } from './support/free-port';

test.describe('starting the product', () => {
  test('refuses bad configuration with a message that names it', async () => {
    const server = startBuiltServer({ PORT: 'eighty', DATABASE_URL: 'mysql://someone:secret@db/x' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT must be a whole number from 1 to 65535 (got "eighty")');
    expect(server.output()).toContain('DATABASE_URL must be a URL like postgres://');
    expect(server.output()).not.toContain('secret');
  });

  test('comes back after being killed with SIGKILL, keeping its data', async () => {
    test.setTimeout(120_000);
    // Of this run's own, so that a run beside it (CI and a developer) never shares them.
    const dataDir = join(ROOT, 'tmp', `e2e-sigkill-${process.pid}`);
    const port = await freePort();
    await rm(dataDir, { recursive: true, force: true });

    const first = startBuiltServer({ PORT: String(port), DATA_DIR: dataDir });
    await waitUntilHealthy(port, first);
    first.process.kill('SIGKILL');
    await first.exited;

    const second = startBuiltServer({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitUntilHealthy(port, second);
      // Organisations need a signed-in person; the demo admin comes with the demo data.
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ACCOUNTS.admin.email, password: ACCOUNTS.admin.password }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const response = await fetch(`http://127.0.0.1:${port}/api/organisations?regionCode=LPR&type=vsac_branch`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      expect((await response.json()).total).toBe(3);
      expect(second.output()).not.toContain('Initialising a new PostgreSQL cluster');
    } finally {
      second.process.kill('SIGTERM');
      const code = await second.exited;
      await rm(dataDir, { recursive: true, force: true });
      expect(code).toBe(0);
    }
    expect(second.output()).toContain('Embedded PostgreSQL stopped');
  });
});
