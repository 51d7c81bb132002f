import type { CourseRun, Enrolment, LoginResponse, SessionBatch, SessionRegister, TrainingSession } from '@di/contracts';
import type { APIRequestContext, BrowserContext, Page } from '@playwright/test';
import { ACCOUNTS, SIGN_IN_LABELS, expect, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { createPerson, signInAs, type OwnPerson } from './support/people';

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

interface MarkedSession {
  trainer: OwnPerson;
  participants: OwnPerson[];
  run: CourseRun;
  session: TrainingSession;
  admin: LoginResponse;
}

async function adminSession(request: APIRequestContext): Promise<LoginResponse> {
  const response = await request.post('/api/auth/login', { data: { email: ACCOUNTS.admin.email, password: ACCOUNTS.admin.password } });
  expect(response.status(), 'admin sign-in').toBe(200);
  return (await response.json()) as LoginResponse;
}

async function send<T>(request: APIRequestContext, admin: LoginResponse, method: 'POST' | 'PUT', path: string, data: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${admin.accessToken}` } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function registerOf(request: APIRequestContext, admin: LoginResponse, sessionId: string): Promise<SessionRegister> {
  const response = await request.get(`/api/sessions/${sessionId}/attendance`, { headers: { Authorization: `Bearer ${admin.accessToken}` } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as SessionRegister;
}

/**
 * A course of its own (any audience, 80 % attendance, no modules), a run from yesterday for a month
 * with a trainer of its own, one in-person session beginning in five minutes (its register is
 * open) at a venue of its own, and `count` participants enrolled by the admin.
 */
async function sessionToMark(request: APIRequestContext, tag: string, count: number): Promise<MarkedSession> {
  const admin = await adminSession(request);
  const trainer = await createPerson(request, `trainer${tag}`, { roles: [{ role: 'trainer' }] });
  const course = await send<{ id: string }>(request, admin, 'POST', '/api/courses', {
    code: `E2E-APM-${tag}`,
    title: { lv: `E2E apmeklējums ${tag}`, en: `E2E attendance ${tag}` },
    audience: 'any',
    plannedHours: 4,
    completionRule: { minAttendancePercent: 80, requireAllRequiredModules: false },
    status: 'published',
  });
  const now = Date.now();
  const run = await send<CourseRun>(request, admin, 'POST', `/api/courses/${course.id}/runs`, {
    title: { lv: `E2E apmeklējuma cikls ${tag}`, en: `E2E attendance run ${tag}` },
    regionCode: 'LPR',
    startsOn: isoDate(now - DAY),
    endsOn: isoDate(now + 30 * DAY),
    capacity: 10,
    trainerIds: [trainer.id],
    status: 'open',
  });
  const startsAt = new Date(Math.ceil((now + 5 * 60_000) / 60_000) * 60_000);
  const batch = await send<SessionBatch>(request, admin, 'POST', `/api/runs/${run.id}/sessions`, {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    mode: 'in_person',
    venue: `E2E telpa ${tag}`,
    trainerIds: [trainer.id],
  });
  const participants: OwnPerson[] = [];
  for (let index = 0; index < count; index++) {
    const person = await createPerson(request, `dalibnieks${tag}${String.fromCharCode(97 + index)}`, { roles: [{ role: 'participant' }] });
    await send<Enrolment>(request, admin, 'POST', `/api/runs/${run.id}/enrolments`, { userId: person.id });
    participants.push(person);
  }
  return { trainer, participants, run, session: batch.items[0], admin };
}

async function signInThroughTheForm(page: Page, person: OwnPerson): Promise<void> {
  const labels = SIGN_IN_LABELS.lv;
  await page.goto('/lv/sign-in');
  const main = page.getByRole('main');
  await main.getByLabel(labels.email).fill(person.email);
  await main.getByLabel(labels.password, { exact: true }).fill(person.password);
  await main.getByRole('button', { name: labels.submit }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

const roster = (page: Page) => page.getByTestId('roster').locator('li.person');
const announcement = (page: Page) => page.getByTestId('register-announcement');

async function enrolmentIds(page: Page): Promise<string[]> {
  return roster(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-enrolment') ?? ''));
}

async function statuses(request: APIRequestContext, marked: MarkedSession): Promise<Map<string, string>> {
  const register = await registerOf(request, marked.admin, marked.session.id);
  return new Map(register.entries.map((entry) => [entry.enrolmentId, entry.status]));
}

async function openAsTrainer(context: BrowserContext, marked: MarkedSession): Promise<Page> {
  await signInAs(context, marked.trainer);
  const page = await context.newPage();
  await page.goto(`/lv/sessions/${marked.session.id}/attendance`);
  await expect(roster(page)).toHaveCount(marked.participants.length);
  return page;
}

test.describe('attendance', () => {
  test.use({ account: null });

  test('a trainer marks a session by keyboard only, and the marks are stored', async ({ page, request }) => {
    test.setTimeout(120_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const marked = await sessionToMark(request, tag, 3);

    await signInThroughTheForm(page, marked.trainer);
    await page.goto(`/lv/runs/${marked.run.id}`);
    await page.locator('main').focus();
    await tabTo(page, page.getByRole('link', { name: /^Apmeklējums/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/lv/sessions/${marked.session.id}/attendance$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`E2E apmeklējuma cikls ${tag}`);
    await expect(page.locator('#register-keys')).toContainText('P Klātesošs');

    const rows = roster(page);
    await expect(rows).toHaveCount(3);
    const ids = await enrolmentIds(page);
    // The list is one stop: Tab lands on its first person.
    await tabTo(page, rows.nth(0));
    await page.keyboard.press('p');
    await expect(announcement(page)).toHaveText(/: Klātesošs$/);
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('l');
    await expect(rows.nth(2)).toHaveAttribute('data-status', 'late');
    await page.keyboard.press('ArrowUp');
    await expect(rows.nth(1)).toBeFocused();
    await expect(announcement(page)).toHaveText('Saglabāts');
    await expect(page.getByTestId(`meta-${ids[2]}`)).toContainText(`Atzīmēja ${marked.trainer.name}`);

    await expect.poll(async () => Object.fromEntries(await statuses(request, marked))).toEqual({ [ids[0]]: 'present', [ids[1]]: 'absent', [ids[2]]: 'late' });
    await expectNoAxeViolations(page);
  });

  test('offline, marks wait in the browser and arrive when the connection is back; a mark changed meanwhile is a conflict to resolve', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const marked = await sessionToMark(request, tag, 3);
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const page = await openAsTrainer(context, marked);
      const rows = roster(page);
      const ids = await enrolmentIds(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);

      await context.setOffline(true);
      await expect(page.getByTestId('register-offline')).toContainText('Nav savienojuma');
      await rows.nth(0).focus();
      await page.keyboard.press('p');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('e');
      await expect(page.getByTestId('register-waiting')).toHaveText('2 atzīmes gaida savienojumu');
      await expect(page.getByTestId(`meta-${ids[0]}`)).toHaveText('Gaida savienojumu');
      // Meanwhile someone else marks the third person: the trainer's mark for them was based on the version before.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('a');
      await expect(page.getByTestId('register-waiting')).toHaveText('3 atzīmes gaida savienojumu');
      await send(request, marked.admin, 'PUT', `/api/sessions/${marked.session.id}/attendance`, [{ enrolmentId: ids[2], status: 'excused', note: 'Zvanīja', version: 0 }]);
      await expectNoAxeViolations(page);

      await context.setOffline(false);
      const conflicts = page.getByTestId('register-conflicts');
      await expect(conflicts).toContainText('Nav ieradies');
      await expect(conflicts).toContainText('Attaisnots; Zvanīja');
      await expect(page.getByTestId('register-offline')).toHaveCount(0);
      await expect.poll(async () => Object.fromEntries(await statuses(request, marked))).toEqual({ [ids[0]]: 'present', [ids[1]]: 'excused', [ids[2]]: 'excused' });
      await expectNoAxeViolations(page);

      await conflicts.getByRole('button', { name: /^Paturēt manu/ }).click();
      await expect(conflicts).toHaveCount(0);
      await expect.poll(async () => (await statuses(request, marked)).get(ids[2])).toBe('absent');
    } finally {
      await context.close();
    }
  });

  test('the trainer shows a new check-in code, large and as a QR code of the check-in page', async ({ browser, request }) => {
    const tag = Math.random().toString(36).slice(2, 8);
    const marked = await sessionToMark(request, tag, 1);
    const context = await browser.newContext();
    try {
      const page = await openAsTrainer(context, marked);
      await page.getByRole('link', { name: 'Reģistrācijas kods' }).click();
      await expect(page).toHaveURL(new RegExp(`/lv/sessions/${marked.session.id}/check-in-code$`));
      await expect(page.getByText('Šai nodarbībai vēl nav reģistrācijas koda.')).toBeVisible();
      await page.getByRole('button', { name: 'Jauns kods' }).click();
      const digits = page.getByTestId('check-in-digits');
      await expect(digits).toHaveText(/^\d{3} \d{3}$/);
      const shown = (await digits.textContent())?.replace(/\D/g, '') ?? '';
      const stored = await request.get(`/api/sessions/${marked.session.id}/check-in-code`, { headers: { Authorization: `Bearer ${marked.admin.accessToken}` } });
      expect(((await stored.json()) as { code: string }).code).toBe(shown);
      await expect(digits).toHaveAttribute('aria-label', shown.split('').join(' '));
      const qr = page.getByRole('img', { name: /QR kods/ });
      await expect(qr).toBeVisible();
      expect(await qr.locator('rect').count()).toBeGreaterThan(100);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
