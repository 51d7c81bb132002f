import type { CourseRun, CourseSummary, LoginResponse, Page as ApiPage } from '@di/contracts';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { ACCOUNTS, expect, signInViaApi, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { createPerson, signInAs, type OwnPerson } from './support/people';

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

async function adminSession(request: APIRequestContext): Promise<LoginResponse> {
  const response = await request.post('/api/auth/login', { data: { email: ACCOUNTS.admin.email, password: ACCOUNTS.admin.password } });
  expect(response.status(), 'admin sign-in').toBe(200);
  return (await response.json()) as LoginResponse;
}

/**
 * A small run of its own, in the Latgale region, of the published demo VSAC course: two seats,
 * requests approved by the coordinator, a waiting list, enrolment open now.
 */
async function createSmallRun(request: APIRequestContext, tag: string): Promise<CourseRun> {
  const { accessToken } = await adminSession(request);
  const headers = { Authorization: `Bearer ${accessToken}` };
  const courses = (await (await request.get('/api/courses?q=VSAC-GRT', { headers })).json()) as ApiPage<CourseSummary>;
  const course = courses.items.find((item) => item.code === 'VSAC-GRT') ?? courses.items[0];
  expect(course.status).toBe('published');
  const now = Date.now();
  const response = await request.post(`/api/courses/${course.id}/runs`, {
    headers,
    data: {
      title: { lv: `E2E pieteikšanās ${tag}`, en: `E2E enrolment ${tag}` },
      regionCode: 'LPR',
      startsOn: isoDate(now + 40 * DAY),
      endsOn: isoDate(now + 70 * DAY),
      enrolmentOpensAt: new Date(now - DAY).toISOString(),
      enrolmentClosesAt: new Date(now + 30 * DAY).toISOString(),
      capacity: 2,
      requiresApproval: true,
      waitlistAllowed: true,
      status: 'open',
    },
  });
  expect(response.status(), 'create the run').toBe(201);
  return (await response.json()) as CourseRun;
}

/** A browser of its own for `person`, signed in. */
async function browserFor(browser: Browser, person: OwnPerson): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await signInAs(context, person);
  return { context, page: await context.newPage() };
}

const staffResult = (page: Page, name: string) => page.getByTestId('staff-results').getByRole('row', { name: new RegExp(name) });

test.describe('enrolment', () => {
  test.use({ account: null });

  test('a coordinator enrols a branch’s staff by keyboard, approves a request, and a withdrawal promotes the first on the waiting list', async ({ browser, request }) => {
    test.setTimeout(180_000);
    const suffix = Math.random().toString(36).slice(2, 7);
    const run = await createSmallRun(request, suffix);
    const staff: OwnPerson[] = [];
    for (const letter of ['a', 'b', 'c']) {
      staff.push(await createPerson(request, `kalupe${suffix}${letter}`, { roles: [{ role: 'participant' }], organisationName: 'Kalupe' }));
    }
    const applicant = await createPerson(request, `pieteicejs${suffix}`, { roles: [{ role: 'participant' }], organisationName: 'Kalupe' });

    const coordinatorContext = await browser.newContext();
    try {
      await signInViaApi(coordinatorContext, 'coordinator');
      const page = await coordinatorContext.newPage();

      // From the run page to its participants, by keyboard.
      await page.goto(`/lv/runs/${run.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`E2E pieteikšanās ${suffix}`);
      await page.locator('main').focus();
      await tabTo(page, page.getByRole('link', { name: 'Dalībnieki', exact: true }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/lv/runs/${run.id}/enrolments$`));
      await expect(page.getByRole('heading', { name: 'Pieteikt darbiniekus' })).toBeVisible();

      // The branch, then its three people, ticked one by one with Space, enrolled with Enter.
      const section = page.locator('app-staff-enrol-section');
      await tabTo(page, page.locator('#staff-organisation'));
      await page.keyboard.type('Kalupe');
      await expect(page.locator('#staff-organisation option:checked')).toHaveText(/Kalupe/);
      await page.keyboard.press('Tab');
      await expect(page.locator('#staff-search')).toBeFocused();
      await page.keyboard.type(`kalupe${suffix}`);
      await expect(section.locator('p.list-count[role="status"]')).toHaveText('Atrasti 3 cilvēki');
      for (const person of staff) {
        const box = section.getByRole('checkbox', { name: person.name });
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      await expect(section.locator('.selected-count')).toHaveText('Atzīmēti: 3');
      await tabTo(page, section.getByRole('button', { name: 'Pieteikt atzīmētos' }));
      await page.keyboard.press('Enter');
      await expect(section.getByText('Pieteikšana pabeigta: izdevās 3, neizdevās 0.')).toBeVisible();
      await expect(staffResult(page, staff[0].name)).toContainText('Dalība apstiprināta');
      await expect(staffResult(page, staff[1].name)).toContainText('Dalība apstiprināta');
      await expect(staffResult(page, staff[2].name)).toContainText('Gaidīšanas sarakstā');
      const waitlist = page.locator('section[data-list="waitlisted"]');
      await expect(waitlist.getByRole('row', { name: new RegExp(staff[2].name) })).toContainText('1');
      await expectNoAxeViolations(page);

      // The fourth person asks for a seat on the run page.
      const applicantBrowser = await browserFor(browser, applicant);
      try {
        const own = applicantBrowser.page;
        await own.goto(`/lv/runs/${run.id}`);
        const panel = own.locator('app-enrolment-panel');
        await own.locator('main').focus();
        await tabTo(own, panel.getByRole('button', { name: 'Pieteikt dalību' }));
        await own.keyboard.press('Enter');
        await expect(panel.getByRole('status')).toHaveText('Pieteikums nosūtīts. Tas gaida koordinatora apstiprinājumu.');
        await expect(panel.locator('.status-badge')).toHaveText('Gaida apstiprinājumu');
        await expectNoAxeViolations(own);
      } finally {
        await applicantBrowser.context.close();
      }

      // The coordinator approves it on the requests page: no seat is free, so it goes on the waiting list.
      // A fresh load: Tab starts at the top, through the skip link and the header to the navigation.
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Pieteikt darbiniekus' })).toBeVisible();
      await tabTo(page, page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Pieteikumi' }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/lv\/enrolment-requests$/);
      const applicantBox = page.getByRole('checkbox', { name: applicant.name });
      await tabTo(page, applicantBox);
      await page.keyboard.press('Space');
      await expect(applicantBox).toBeChecked();
      await tabTo(page, page.getByRole('button', { name: 'Apstiprināt atzīmētos' }));
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('decision-results').getByRole('row', { name: new RegExp(applicant.name) })).toContainText('Gaidīšanas sarakstā');
      await expectNoAxeViolations(page);

      // Withdrawing the first enrolled person, with a reason, gives their seat to the first waiting.
      await page.goto(`/lv/runs/${run.id}/enrolments`);
      const enrolled = page.locator('section[data-list="enrolled"]');
      await page.locator('main').focus();
      await tabTo(page, enrolled.getByRole('button', { name: `Atsaukt dalību: ${staff[0].name}` }));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('#enrolment-reason')).toBeFocused();
      await page.keyboard.type('Pārgāja darbā citā iestādē');
      await expectNoAxeViolations(page);
      await tabTo(page, dialog.getByRole('button', { name: 'Atsaukt dalību' }));
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
      await expect(enrolled.getByRole('status')).toHaveText(`${staff[0].name} — Dalība atsaukta.`);
      await expect(enrolled.getByRole('row', { name: new RegExp(staff[2].name) })).toBeVisible();
      await expect(waitlist.getByRole('row', { name: new RegExp(applicant.name) })).toContainText('1');
      await expectNoAxeViolations(page);
    } finally {
      await coordinatorContext.close();
    }

    // The one promoted sees it on their own page, in Latvian and in English.
    const promoted = await browserFor(browser, staff[2]);
    try {
      const own = promoted.page;
      await own.goto('/lv/my-enrolments');
      const item = own.locator('li.my-enrolment').filter({ hasText: `E2E pieteikšanās ${suffix}` });
      await expect(item.locator('.status-badge')).toHaveText('Dalība apstiprināta');
      await expectNoAxeViolations(own);
      await own.goto('/en/my-enrolments');
      await expect(own.locator('li.my-enrolment').filter({ hasText: `E2E enrolment ${suffix}` }).locator('.status-badge')).toHaveText('Enrolled');
    } finally {
      await promoted.context.close();
    }
  });
});
