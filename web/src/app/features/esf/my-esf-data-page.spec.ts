import type { HttpTestingController } from '@angular/common/http/testing';
import { API_PATHS, type EsfAnswers, type MyEsfEntry } from '@di/contracts';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';

const PROJECT = '22222222-2222-4222-8222-222222222222';
const NOTHING: EsfAnswers = {
  gender: null,
  ageGroup: null,
  labourMarketStatus: null,
  educationLevel: null,
  disability: null,
  migrantOrMinority: null,
  otherDisadvantaged: null,
  homeless: null,
};
const ENTRY: MyEsfEntry = { projectId: PROJECT, projectNumber: '9.2.2.1/15/I/002', projectTitle: 'Rīgas DI projekts', answers: NOTHING, enteredAt: null, version: 0 };

describe('MyEsfDataPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({ page, http } = await openRoute('/my-esf-data', [{ path: 'my-esf-data', loadComponent: () => import('./my-esf-data-page') }], PARTICIPANT));
    http.expectOne(API_PATHS.meEsfEntries).flush([ENTRY]);
    await settle();
  });

  afterEach(() => http.verify());

  function pick(question: string, answer: string): void {
    const fieldset = [...page.querySelectorAll('fieldset')].find((candidate) => text(candidate.querySelector('legend')) === question);
    const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((candidate) => text(candidate) === answer);
    (label?.querySelector('input') as HTMLInputElement).click();
  }

  it('asks every question with "prefers not to say", the sensitive ones apart, and sends only what was answered with the version', async () => {
    expect(text(page.querySelector('h2'))).toBe('9.2.2.1/15/I/002 Rīgas DI projekts');
    const legends = [...page.querySelectorAll('legend')].map(text);
    expect(legends).toHaveLength(8);
    for (const fieldset of page.querySelectorAll('fieldset')) expect(text(fieldset)).toContain('Nevēlos norādīt');
    expect(text(page.querySelector('h3'))).toBe('Sensitīvi jautājumi');

    pick('Dzimums', 'Sieviete');
    pick('Vai jums ir noteikta invaliditāte?', 'Nevēlos norādīt');
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const save = http.expectOne(API_PATHS.meEsfEntry(PROJECT));
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ gender: 'female', disability: 'not_stated', version: 0 });
    save.flush({ ...ENTRY, version: 1, answers: { ...NOTHING, gender: 'female', disability: 'not_stated' } });
    await settle();
    http.expectOne(API_PATHS.meEsfEntries).flush([{ ...ENTRY, version: 1, answers: { ...NOTHING, gender: 'female', disability: 'not_stated' } }]);
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Atbildes saglabātas.');
  });

  it('says when the answers were changed elsewhere and offers to load them', async () => {
    pick('Dzimums', 'Vīrietis');
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne(API_PATHS.meEsfEntry(PROJECT)).flush(
      { type: 'urn:x', title: 'Conflict', status: 409, code: 'STALE_UPDATE', detail: 'Your answers were changed' },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settle();
    expect(text(page.querySelector('[role="alert"]'))).toContain('Atbildes tikmēr mainītas citā logā.');
    (page.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await settle();
    http.expectOne(API_PATHS.meEsfEntries).flush([ENTRY]);
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
