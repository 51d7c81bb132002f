import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { API_PATHS, type GeneratedFile, type Me } from '@di/contracts';
import { COORDINATOR, PARTICIPANT, signInAs } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { FILE_JOB_POLL_MS } from '../../shared/files/file-job';
import { RunEvidencePanel } from './run-evidence-panel';

function file(extra: Partial<GeneratedFile> = {}): GeneratedFile {
  return {
    id: 'f-1',
    kind: 'evidence_pack',
    status: 'queued',
    doneItems: 0,
    totalItems: null,
    fileName: null,
    sizeBytes: null,
    error: null,
    createdAt: '2026-12-08T10:00:00Z',
    finishedAt: null,
    expiresAt: '2026-12-15T10:00:00Z',
    ...extra,
  };
}

const NOT_FOUND = { status: 404, statusText: 'Not Found' };

async function mount(who: Me) {
  TestBed.configureTestingModule({
    providers: [{ provide: LOCALE_ID, useValue: 'lv' }, { provide: FILE_JOB_POLL_MS, useValue: 0 }, provideHttpClient(), provideHttpClientTesting()],
  });
  signInAs(who);
  const fixture = TestBed.createComponent(RunEvidencePanel);
  fixture.componentRef.setInput('runId', 'run-1');
  await settle();
  return { panel: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
}

const button = (root: Element | null, label: string) => [...(root?.querySelectorAll('button') ?? [])].find((candidate) => text(candidate) === label);

describe('RunEvidencePanel', () => {
  let saved: string[];
  let clicked: jest.SpyInstance;

  beforeEach(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:file'), revokeObjectURL: jest.fn() });
    saved = [];
    clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  afterEach(() => clicked.mockRestore());

  it('prepares the evidence pack: its progress told in a live region, then the download', async () => {
    const { panel, http } = await mount(COORDINATOR);
    http.expectOne(API_PATHS.runEvidencePack('run-1')).flush(null, NOT_FOUND);
    await settle();
    const pack = panel.querySelector('[data-testid="evidence-pack"]');
    const status = pack?.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(text(status)).toBe('');

    button(pack, 'Sagatavot ESF pierādījumu paketi')?.click();
    const started = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.runEvidencePack('run-1'));
    started.flush(file());
    await settle();
    expect(text(status)).toBe('Gaida rindā…');
    // Asking twice while it is being made does nothing.
    expect(button(pack, 'Sagatavot ESF pierādījumu paketi')?.getAttribute('aria-disabled')).toBe('true');
    button(pack, 'Sagatavot ESF pierādījumu paketi')?.click();
    http.expectNone((r) => r.method === 'POST');

    http.expectOne(API_PATHS.generatedFile('f-1')).flush(file({ status: 'running', doneItems: 2, totalItems: 6 }));
    await settle();
    expect(text(status)).toBe('Gatavo: 2 no 6');
    const bar = pack?.querySelector('progress');
    expect([bar?.getAttribute('value'), bar?.getAttribute('max')]).toEqual(['2', '6']);
    expect(bar?.getAttribute('aria-labelledby')).toBe(status?.id);

    http.expectOne(API_PATHS.generatedFile('f-1')).flush(file({ status: 'done', doneItems: 6, totalItems: 6, fileName: 'esf-pieradijumi.zip', sizeBytes: 1200 }));
    await settle();
    expect(text(status)).toBe('Gatavs: esf-pieradijumi.zip. Pieejams līdz 15.12.2026 12:00.');
    expect(pack?.querySelector('progress')).toBeNull();
    http.expectNone(API_PATHS.generatedFile('f-1'));

    button(pack, 'Lejupielādēt esf-pieradijumi.zip')?.click();
    const content = http.expectOne(API_PATHS.generatedFileContent('f-1'));
    expect(content.request.responseType).toBe('blob');
    content.flush(new Blob(['PK']));
    await settle();
    expect(saved).toEqual(['esf-pieradijumi.zip']);
  });

  it('shows the pack asked for earlier, and why one failed', async () => {
    const { panel, http } = await mount(COORDINATOR);
    http.expectOne(API_PATHS.runEvidencePack('run-1')).flush(file({ status: 'failed', error: 'The evidence pack could not be made; ask again' }));
    await settle();
    const pack = panel.querySelector('[data-testid="evidence-pack"]');
    expect(text(pack?.querySelector('[role="alert"]'))).toBe('Failu neizdevās sagatavot vai lejupielādēt. The evidence pack could not be made; ask again');
    expect(button(pack, 'Sagatavot ESF pierādījumu paketi')?.getAttribute('aria-disabled')).toBeNull();
    expect(button(pack, 'Lejupielādēt')).toBeUndefined();
  });

  it('downloads the participant list as XLSX, and makes the certificates ZIP as a job', async () => {
    const { panel, http } = await mount(COORDINATOR);
    http.expectOne(API_PATHS.runEvidencePack('run-1')).flush(null, NOT_FOUND);
    await settle();
    button(panel, 'Lejupielādēt dalībnieku sarakstu (XLSX)')?.click();
    const list = http.expectOne(API_PATHS.runParticipantList('run-1', 'xlsx'));
    expect(list.request.responseType).toBe('blob');
    list.flush(new Blob(['PK']));
    await settle();
    expect(saved).toEqual(['dalibnieki.xlsx']);

    const certificates = panel.querySelector('[data-testid="certificates-zip"]');
    button(certificates, 'Sagatavot visu apliecību ZIP')?.click();
    http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.runCertificates('run-1')).flush(file({ id: 'f-2', kind: 'certificates_zip', status: 'done', fileName: 'apliecibas.zip' }));
    await settle();
    expect(text(certificates?.querySelector('[role="status"]'))).toContain('Gatavs: apliecibas.zip.');

    button(panel, 'Lejupielādēt dalībnieku sarakstu (XLSX)')?.click();
    http.expectOne(API_PATHS.runParticipantList('run-1', 'xlsx')).flush(new Blob(['{}']), NOT_FOUND);
    await settle();
    expect(text(panel.querySelector('[role="alert"]'))).toContain('Sarakstu neizdevās lejupielādēt.');
  });

  it('shows nothing to a participant, and asks the API nothing', async () => {
    const { panel, http } = await mount(PARTICIPANT);
    expect(panel.querySelector('[data-testid="run-evidence"]')).toBeNull();
    http.verify();
  });
});
