import type { CalendarSession, Course, CourseRun, LoginResponse, Page as ApiPage } from '@di/contracts';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { apiGet, expect, signInViaApi, test } from './support/auth';

/** The demo VSAC cycle of the Rīga region, trained by the demo trainer, with the demo participant enrolled. */
async function demoRun(request: APIRequestContext, session: LoginResponse): Promise<CourseRun> {
  const courses = await apiGet<ApiPage<Course>>(request, session, '/api/courses?q=VSAC');
  const course = courses.items.find((item) => item.code === 'VSAC-GRT') ?? courses.items[0];
  const runs = await apiGet<{ items: CourseRun[] }>(request, session, `/api/courses/${course.id}/runs`);
  return runs.items[0];
}

/** Presses Tab until `target` has focus, as a person moving through the page would. */
async function tabTo(page: Page, target: Locator, presses = 80): Promise<void> {
  for (let count = 0; count < presses; count++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

const display = (date: string) => date.split('-').reverse().join('.');

const RIGA = { timeZone: 'Europe/Riga' } as const;
/** `YYYY-MM-DD` of an instant in Riga. */
const rigaDate = (instant: string) => new Intl.DateTimeFormat('sv-SE', { ...RIGA, dateStyle: 'short' }).format(new Date(instant));
/** `HH:mm`, 24-hour, of an instant in Riga. */
const rigaTime = (instant: string) => new Intl.DateTimeFormat('en-GB', { ...RIGA, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

test.describe('the schedule and calendars', () => {
  test.use({ account: 'trainer' });

  test('a trainer creates a weekly series by keyboard; an enrolled participant sees it in lv and en', async ({ page, request, session, browser }) => {
    if (!session) throw new Error('signed in expected');
    const run = await demoRun(request, session);
    // The first Wednesday a week after the run starts (the demo sessions are on Fridays 10–13).
    let first = addDays(run.startsOn, 7);
    while (new Date(`${first}T00:00:00Z`).getUTCDay() !== 3) first = addDays(first, 1);
    // Minutes of this test's own, so no other session of the trainer overlaps.
    const minute = String(5 + Math.floor(Math.random() * 40)).padStart(2, '0');
    const start = `15:${minute}`;
    const end = `16:${minute}`;

    await page.goto(`/lv/runs/${run.id}/schedule`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('VSAC');
    await page.locator('main').focus();

    await tabTo(page, page.locator('#session-date'));
    await page.keyboard.type(display(first));
    await page.keyboard.press('Tab');
    await expect(page.locator('#session-start')).toBeFocused();
    await page.keyboard.type(start);
    await page.keyboard.press('Tab');
    await page.keyboard.type(end);
    await tabTo(page, page.locator('#session-meetingUrl'));
    await page.keyboard.type('https://meet.example.invalid/e2e-series');

    // Repeat: the radio group is one Tab stop; the arrow keys choose within it.
    await tabTo(page, page.getByRole('radio', { name: 'Neatkārtot' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Katru nedēļu' })).toBeChecked();
    // The first session's weekday is ticked by itself; Thursday is added with Space, then taken off again.
    await expect(page.getByRole('checkbox', { name: 'trešdiena' })).toBeChecked();
    await tabTo(page, page.getByRole('checkbox', { name: 'ceturtdiena' }));
    await page.keyboard.press('Space');
    await expect(page.getByTestId('series-summary')).toHaveText(/katru trešdienu un ceturtdienu, 8 reizes/);
    await page.keyboard.press('Space');

    await tabTo(page, page.locator('#session-count'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await expect(page.getByTestId('series-summary')).toHaveText('katru trešdienu, 3 reizes');
    await expect(page.locator('.session-form__dates li')).toHaveCount(3);

    await tabTo(page, page.getByRole('button', { name: 'Pievienot sēriju' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Pievienotas 3 nodarbības.')).toBeVisible();
    for (let week = 0; week < 3; week++) {
      await expect(page.locator('tbody time').getByText(`${display(addDays(first, 7 * week))} ${start}–${end}`, { exact: true })).toBeVisible();
    }

    // The enrolled participant, in a browser of their own.
    const context = await browser.newContext();
    try {
      await signInViaApi(context, 'participant');
      const participant = await context.newPage();
      const monday = addDays(first, -2);
      await participant.goto(`/lv/my-sessions?view=week&week=${monday}`);
      const day = participant.locator(`section[data-date="${first}"]`);
      await expect(day.getByRole('heading')).toHaveText(`trešdiena, ${display(first)}`);
      await expect(day.locator('time').getByText(`${start}–${end}`, { exact: true })).toBeVisible();

      await participant.goto(`/en/my-sessions?view=week&week=${addDays(monday, 7)}`);
      const nextDay = participant.locator(`section[data-date="${addDays(first, 7)}"]`);
      await expect(nextDay.getByRole('heading')).toHaveText(`Wednesday, ${display(addDays(first, 7))}`);
      await expect(nextDay.locator('time').getByText(`${start}–${end}`, { exact: true })).toBeVisible();

      // The week view moves by keyboard: "Next week" with Enter.
      await tabTo(participant, participant.getByRole('link', { name: 'Next week ›' }));
      await participant.keyboard.press('Enter');
      await expect(participant).toHaveURL(new RegExp(`week=${addDays(monday, 14)}`));
      await expect(participant.locator(`section[data-date="${addDays(first, 14)}"] time`).getByText(`${start}–${end}`, { exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test.describe('my sessions', () => {
    test.use({ account: 'participant' });

    test('an enrolled participant sees the demo run’s sessions by day, in lv and en, and moves by week', async ({ page, request, session }) => {
      if (!session) throw new Error('signed in expected');
      // A session of the demo VSAC run the participant is enrolled in, as the API lists it.
      const mine = await apiGet<{ items: CalendarSession[] }>(request, session, '/api/me/sessions?as=participant');
      const demo = mine.items.find((item) => item.runTitle.lv.includes('VSAC') && item.status === 'scheduled') ?? mine.items[0];
      const day = rigaDate(demo.startsAt);
      const monday = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
      await page.goto(`/lv/my-sessions?view=week&week=${monday}`);
      const first = page.locator(`li.session[data-session="${demo.id}"]`);
      await expect(page.locator(`section[data-date="${day}"]`).getByRole('heading')).toContainText(display(day));
      await expect(first.locator('time')).toHaveText(`${rigaTime(demo.startsAt)}–${rigaTime(demo.endsAt)}`);
      await expect(page.locator('section.day')).toHaveCount(7);
      // When that Monday is today in Riga, its heading says so too.
      await expect(page.locator('section.day h3').first()).toHaveText(new RegExp(`^\\s*pirmdiena, ${display(monday)}( šodien)?\\s*$`));

      await page.goto(`/en/my-sessions?view=week&week=${monday}`);
      await expect(page.locator('section.day h3').first()).toHaveText(new RegExp(`^\\s*Monday, ${display(monday)}( today)?\\s*$`));
      await tabTo(page, page.getByRole('link', { name: 'Next week ›' }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`week=${addDays(monday, 7)}`));
      await expect(page.locator('section.day h3').first()).toHaveText(`Monday, ${display(addDays(monday, 7))}`);
    });

    test('a session downloads as .ics; the feed address is shown on request, renewed and revoked', async ({ page }) => {
      await page.goto('/lv/my-sessions');
      const download = page.waitForEvent('download');
      await page.locator('li.session').first().getByRole('button', { name: /Lejupielādēt \.ics/ }).click();
      expect((await download).suggestedFilename()).toMatch(/^nodarbiba-\d{4}-\d{2}-\d{2}\.ics$/);

      await expect(page.locator('#feed-address')).toHaveCount(0);
      await page.getByRole('button', { name: 'Rādīt kalendāra adresi' }).click();
      const address = page.locator('#feed-address');
      await expect(address).toBeFocused();
      const first = await address.inputValue();
      expect(first).toMatch(/\/api\/calendar\/.+\.ics$/);
      expect((await page.request.get(first)).status()).toBe(200);
      await page.getByRole('button', { name: 'Izveidot jaunu adresi' }).click();
      await expect(address).not.toHaveValue(first);
      expect((await page.request.get(first)).status()).toBe(404);
      const second = await address.inputValue();
      await page.getByRole('button', { name: 'Atsaukt adresi' }).click();
      await expect(page.getByText('Adrese atsaukta')).toBeVisible();
      expect((await page.request.get(second)).status()).toBe(404);
    });
  });
});
