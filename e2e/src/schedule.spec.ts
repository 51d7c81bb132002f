import type { CalendarSession } from '@di/contracts';
import type { Locator, Page } from '@playwright/test';
import { apiGet, expect, test } from './support/auth';

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

test.describe('calendars', () => {
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
      await expect(page.locator('section.day h3').first()).toHaveText(`pirmdiena, ${display(monday)}`);

      await page.goto(`/en/my-sessions?view=week&week=${monday}`);
      await expect(page.locator('section.day h3').first()).toHaveText(`Monday, ${display(monday)}`);
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
