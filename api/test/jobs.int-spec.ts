import { setTimeout as sleep } from 'node:timers/promises';
import type { FailedJob, Page } from '@di/contracts';
import { JobQueue } from '../src/jobs/job-queue';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

describe('background jobs that fail for good', () => {
  let testApp: TestApp;
  let admin: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    admin = (await signIn(testApp.baseUrl, DEMO.admin)).accessToken;
  });
  afterAll(() => testApp.close());

  /** A queue of the test's own whose one job always fails (once retried); counts its runs. */
  async function failingJob(queue: string): Promise<{ runs: () => number }> {
    const jobs = testApp.app.get(JobQueue);
    let runs = 0;
    await jobs.createQueue(queue);
    await jobs.work(queue, 0.5, async () => {
      runs++;
      throw new Error('The mailbox of anna.liepa@example.lv is full');
    });
    await jobs.send(queue, { personalData: 'Anna Liepa, personas kods' }, { retryLimit: 1, retryDelay: 0 });
    return { runs: () => runs };
  }

  async function failedJobs(queue: string): Promise<FailedJob[]> {
    for (let i = 0; i < 100; i++) {
      const { body } = await getJson<Page<FailedJob>>(testApp.baseUrl, '/api/jobs/failed', { token: admin });
      const ours = body.items.filter((job) => job.name === queue);
      if (ours.length > 0) return ours;
      await sleep(200);
    }
    throw new Error('The job never showed up as failed');
  }

  it('are listed for admins with their attempts and last error, never their data or an address', async () => {
    const job = await failingJob('test-fails-listed');
    const [failed] = await failedJobs('test-fails-listed');
    expect(job.runs()).toBe(2);
    expect(failed).toMatchObject({ name: 'test-fails-listed', attempts: 2, error: 'The mailbox of [address] is full' });
    expect(Date.parse(failed.failedAt ?? '')).not.toBeNaN();
    const listed = await getJson<Page<FailedJob>>(testApp.baseUrl, '/api/jobs/failed', { token: admin });
    expect(JSON.stringify(listed.body)).not.toMatch(/Anna Liepa|anna\.liepa/);
  });

  it('can be run again by an admin', async () => {
    const job = await failingJob('test-fails-retried');
    const [failed] = await failedJobs('test-fails-retried');
    const before = job.runs();
    expect((await getJson(testApp.baseUrl, `/api/jobs/${failed.id}/retry`, { method: 'POST', token: admin })).status).toBe(202);
    for (let i = 0; i < 100 && job.runs() === before; i++) await sleep(100);
    expect(job.runs()).toBeGreaterThan(before);
  });
});
