import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

const root = join(__dirname, '..');
const port = Number(process.env['E2E_PORT'] ?? 4310);
// Per port, so that two runs on one machine (on different E2E_PORTs) never share a database.
const dataDir = join(root, 'tmp', `e2e-data-${port}`);

/**
 * The built product (API serving the built web app) on a fresh embedded
 * database, driven in Debian's Chromium: Playwright's own browser download
 * cannot work on these machines.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp', `e2e-results-${port}`),
  // Files run side by side; tests that change a person make their own (support/people.ts).
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  // Two browsers and the server share two cores: a sign-in (argon2) may take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `e2e/src/support/start-fresh-server.sh "${dataDir}"`,
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    // SIGTERM lets the server stop its embedded PostgreSQL; the default SIGKILL would orphan it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { NODE: process.execPath, PORT: String(port), DATA_DIR: dataDir, LOG_FORMAT: 'json', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  },
});
