import { expect, type Locator, type Page } from '@playwright/test';

/** The organisations page as a person sees it, in either language. */
export class OrganisationsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly region: Locator;
  readonly type: Locator;
  readonly search: Locator;

  constructor(
    readonly page: Page,
    labels = LABELS.lv,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('status');
    this.region = page.getByLabel(labels.region);
    this.type = page.getByLabel(labels.type);
    this.search = page.getByLabel(labels.search);
  }

  regionSection(code: string): Locator {
    return this.page.locator(`section[data-region="${code}"]`);
  }

  /** An organisation's row, found by its exact name. */
  organisation(name: string): Locator {
    return this.page.locator('li.org').filter({ has: this.page.locator('.org__name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  async expectCount(text: string | RegExp): Promise<void> {
    await expect(this.status).toHaveText(text);
  }
}

export const LABELS = {
  lv: { region: 'Plānošanas reģions', type: 'Organizācijas veids', search: 'Meklēt pēc nosaukuma' },
  en: { region: 'Planning region', type: 'Organisation type', search: 'Search by name' },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
