import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a person moving through the page would. */
export async function tabTo(page: Page, target: Locator, presses = 150): Promise<void> {
  for (let count = 0; count < presses; count++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
