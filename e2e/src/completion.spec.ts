import { readFile } from 'node:fs/promises';
import type { CheckInCode } from '@di/contracts';
import type { Page } from '@playwright/test';
import { SIGN_IN_LABELS, expect, test } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import type { OwnPerson } from './support/people';
import { apiPost, createProgramme, signInToApi } from './support/programme';

async function signInViaForm(page: Page, person: OwnPerson): Promise<void> {
  const labels = SIGN_IN_LABELS.lv;
  const main = page.getByRole('main');
  await main.getByLabel(labels.email).fill(person.email);
  await main.getByLabel(labels.password, { exact: true }).fill(person.password);
  await main.getByRole('button', { name: labels.submit }).click();
}

test.describe('completion', () => {
  test.use({ account: null });

  test('a participant marks the module done, checks in with the trainer’s code, completes the course, downloads the certificate, and anyone can verify it', async ({ browser, request }) => {
    test.setTimeout(180_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const { course, module, session, trainer, participant } = await createProgramme(request, tag);

    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto('/lv/sign-in');
      await signInViaForm(page, participant);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

      // The course page, then its module, by keyboard; the module is ticked with Space.
      await page.goto(`/lv/courses/${course.id}`);
      await expect(page.locator('.modules__progress')).toHaveText('Apguve: 0 no 1 obligātā moduļa');
      await page.locator('main').focus();
      await tabTo(page, page.getByRole('link', { name: `Obligātais modulis ${tag}` }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/lv/modules/${module.id}$`));
      const box = page.getByRole('checkbox', { name: 'Esmu apguvis šo moduli' });
      await expect(box).not.toBeChecked();
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(page.locator('.completion [role="status"]')).toHaveText('Modulis atzīmēts kā apgūts.');
      await expect(box).toBeChecked();
      await expect(page.locator('.completion__summary')).toHaveText('Apguve: 1 no 1 obligātā moduļa');
      await expectNoAxeViolations(page);

      // The trainer shows the code; the QR code opens the check-in page with it in the fragment.
      const trainerSession = await signInToApi(request, trainer.email, trainer.password);
      const { code } = await apiPost<CheckInCode>(request, trainerSession, `/api/sessions/${session.id}/check-in-code`, {}, 200);
      await page.goto(`/lv/sessions/${session.id}/check-in#code=${code}`);
      const field = page.getByLabel('Nodarbības kods');
      await expect(field).toHaveValue(code);
      await expect(page).toHaveURL(new RegExp(`/lv/sessions/${session.id}/check-in$`));
      await expect(page.locator('.check-in__session')).toContainText(`E2E zāle ${tag}`);
      await expectNoAxeViolations(page);
      await field.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[role="status"] .check-in__present')).toHaveText('✓ Jūs esat atzīmēts kā klātesošs.');
      await expectNoAxeViolations(page);

      // My courses: everything done, the course completed, the certificate there.
      await page.goto('/lv/my-enrolments');
      const item = page.locator('li.my-enrolment', { has: page.getByRole('heading', { name: `E2E pabeigšanas cikls ${tag}` }) });
      await expect(item.locator('.progress__attendance')).toHaveText('Apmeklējums: 1 no 1 nodarbības (vajag 1)');
      await expect(item.getByRole('progressbar', { name: 'Apmeklējums: 1 no 1 nodarbības (vajag 1)' })).toBeVisible();
      await expect(item.locator('.progress__modules')).toHaveText('Apguve: 1 no 1 obligātā moduļa');
      await expect(item.locator('.progress__outcome')).toContainText('Kurss pabeigts');
      await expect(item.locator('.my-enrolment__next')).toContainText(`klātienē: E2E zāle ${tag}`);
      const codeText = await item.locator('.certificate__code').textContent();
      const certificateCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(codeText ?? '')?.[0];
      expect(certificateCode, 'the certificate code shown').toBeTruthy();
      await expectNoAxeViolations(page);

      const button = item.getByRole('button', { name: 'Lejupielādēt apliecību (PDF)' });
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe(`apliecība-${certificateCode}.pdf`);
      const file = await readFile(await download.path());
      expect(file.subarray(0, 4).toString('latin1')).toBe('%PDF');

      // Anyone, signed in or not, can verify it by its code.
      const visitor = await browser.newContext();
      try {
        const anonymous = await visitor.newPage();
        await anonymous.goto(`/lv/certificates/${certificateCode?.toLowerCase()}`);
        await expect(anonymous.locator('.verification__verdict')).toHaveText(/Apliecība ir derīga\./);
        await expect(anonymous.locator('.verification__facts')).toContainText(participant.name);
        await expect(anonymous.locator('.verification__facts')).toContainText(`E2E pabeigšanas kurss ${tag}`);
        await expect(anonymous.locator('.verification__facts')).not.toContainText(participant.email);
        await expectNoAxeViolations(anonymous);
      } finally {
        await visitor.close();
      }
    } finally {
      await context.close();
    }
  });

  test('the QR code’s link keeps its code through signing in, on a phone-sized screen, and the address keeps no code', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const tag = Math.random().toString(36).slice(2, 8);
    const { session, trainer, participant } = await createProgramme(request, tag);
    const { code } = await apiPost<CheckInCode>(request, await signInToApi(request, trainer.email, trainer.password), `/api/sessions/${session.id}/check-in-code`, {}, 200);

    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`/lv/sessions/${session.id}/check-in#code=${code}`);
      await expect(page).toHaveURL(/\/lv\/sign-in\?returnUrl=/);
      await signInViaForm(page, participant);
      await expect(page).toHaveURL(new RegExp(`/lv/sessions/${session.id}/check-in$`));
      await expect(page.getByLabel('Nodarbības kods')).toHaveValue(code);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Atzīmēties' }).click();
      await expect(page.locator('[role="status"] .check-in__present')).toHaveText('✓ Jūs esat atzīmēts kā klātesošs.');
    } finally {
      await context.close();
    }
  });
});
