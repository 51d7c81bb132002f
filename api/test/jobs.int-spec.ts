import { setTimeout as sleep } from 'node:timers/promises';
import type { FailedJob, Page } from '@di/contracts';
import { JobQueue } from '../src/jobs/job-queue';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

const QUEUE = 'test-always-fails';

describe('background jobs that fail for good', () => {
  let testApp: TestApp;
  let admin: string;
  let runs = 0;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    admin = (await signIn(testApp.baseUrl, DEMO.admin)).accessToken;
    const queue = testApp.app.get(JobQueue);
    await queue.createQueue(QUEUE);
    await queue.work(QUEUE, 0.5, async () => {
      runs++;
      throw new Error('The mailbox of anna.liepa@example.lv is full');
    });
    await queue.send(QUEUE, { personalData: 'Anna Liepa, personas kods' }, { retryLimit: 1, retryDelay: 0 });
  });
  afterAll(() => testApp.close());

  async function failedJobs(): Promise<FailedJob[]> {
    for (let i = 0; i < 100; i++) {
      const { body } = await getJson<Page<FailedJob>>(testApp.baseUrl, '/api/jobs/failed', { token: admin });
      const ours = body.items.filter((job) => job.name === QUEUE);
      if (ours.length > 0) return ours;
      await sleep(200);
    }
    throw new Error('The job never showed up as failed');
  }

  it('are listed for admins with their attempts and last error, never their data or an address', async () => {
    const [job] = await failedJobs();
    expect(runs).toBe(2);
    expect(job).toMatchObject({ name: QUEUE, attempts: 2, error: 'The mailbox of [address] is full' });
    expect(Date.parse(job.failedAt ?? '')).not.toBeNaN();
    const listed = await getJson<Page<FailedJob>>(testApp.baseUrl, '/api/jobs/failed', { token: admin });
    expect(JSON.stringify(listed.body)).not.toMatch(/Anna Liepa|anna\.liepa/);
  });

  it('can be run again by an admin', async () => {
    const [job] = await failedJobs();
    const before = runs;
    expect((await getJson(testApp.baseUrl, `/api/jobs/${job.id}/retry`, { method: 'POST', token: admin })).status).toBe(202);
    for (let i = 0; i < 100 && runs === before; i++) await sleep(100);
    expect(runs).toBeGreaterThan(before);
  });
});
