import type { HttpTestingController } from '@angular/common/http/testing';
import { API_PATHS, type CourseModule } from '@di/contracts';
import { ADMIN } from '../../core/auth/auth.testing';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { EDITOR_ROUTES, courseModule, problem } from './course-editor.testing';

const MODULE = courseModule({
  id: 'm-intro',
  position: 1,
  title: { lv: 'Ievads', en: 'Introduction' },
  content: { lv: 'Teksts' },
  links: [{ title: 'VSAC', url: 'https://vsac.example.lv' }],
  attachments: [
    {
      id: 'a-plan',
      fileName: 'plāns.pdf',
      contentType: 'application/pdf',
      sizeBytes: 12_800,
      url: '/api/attachments/a-plan',
    },
  ],
  version: 3,
});

describe('ModuleEditPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(module: CourseModule = MODULE): Promise<void> {
    ({ page, http } = await openRoute(`/modules/${module.id}/edit`, EDITOR_ROUTES, ADMIN));
    http.expectOne(API_PATHS.module(module.id)).flush(module);
    await settle();
  }

  const doc = () => page.ownerDocument;
  const button = (name: string) =>
    [...page.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(name));
  const chooseFile = (file: File) => {
    const input = page.querySelector<HTMLInputElement>('#attachment-file');
    if (!input) throw new Error('No file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };

  afterEach(() => http.verify());

  it('shows the server’s sanitised HTML of the Markdown in a region with a heading', async () => {
    await open();
    expect(text(page.querySelector('h1'))).toBe('Moduļa labošana: Ievads');
    enter(page, '#module-content-lv', '# Virsraksts\n\n<script>alert(1)</script>');
    await settle();
    button('Priekšskatīt latviski')?.click();
    await settle();

    const request = http.expectOne(API_PATHS.markdownPreview);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ markdown: '# Virsraksts\n\n<script>alert(1)</script>' });
    request.flush({ html: '<h1>Virsraksts</h1>\n' });
    await settle();

    const region = page.querySelector('section.preview');
    expect(region?.getAttribute('aria-labelledby')).toBe('preview-heading');
    const heading = region?.querySelector('#preview-heading');
    expect(text(heading)).toBe('Priekšskatījums: saturs latviski');
    expect(doc().activeElement).toBe(heading);
    expect(text(region?.querySelector('.preview__content h1'))).toBe('Virsraksts');
    expect(region?.querySelector('script')).toBeNull();
  });

  it('saves the texts, links and time with the version, only what changed', async () => {
    await open();
    expect(page.querySelector<HTMLInputElement>('#link-0-url')?.value).toBe('https://vsac.example.lv');
    button('Pievienot saiti')?.click();
    await settle();
    expect(doc().activeElement?.id).toBe('link-1-title');
    enter(page, '#link-1-title', 'Likums');
    enter(page, '#link-1-url', 'ne-adrese');
    enter(page, '#module-minutes', '60');
    await settle();
    submit(page);
    await settle();
    http.expectNone(API_PATHS.module('m-intro'));
    expect(describedErrors(page.querySelector('#link-1-url'))).toBe(
      'Ievadiet pilnu adresi, kas sākas ar https:// vai http://.',
    );
    expect([...page.querySelectorAll('app-error-summary li')].map(text)).toEqual([
      'Saites adrese (URL) (2): Ievadiet pilnu adresi, kas sākas ar https:// vai http://.',
    ]);

    enter(page, '#link-1-url', 'https://likumi.lv');
    await settle();
    submit(page);
    await settle();
    const request = http.expectOne(API_PATHS.module('m-intro'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      links: [
        { title: 'VSAC', url: 'https://vsac.example.lv' },
        { title: 'Likums', url: 'https://likumi.lv' },
      ],
      estimatedMinutes: 60,
      version: 3,
    });
    request.flush({ ...MODULE, estimatedMinutes: 60, version: 4 });
    await settle();
    expect(text(page.querySelector('.outcome'))).toBe('Izmaiņas saglabātas.');
  });

  it('uploads a file as the body with its type and name, and lists it with its size', async () => {
    await open();
    expect(text(page.querySelector('.attachments__item'))).toContain('plāns.pdf (12,5 KB)');
    const file = new File(['a,b\n1,2\n'], 'saraksts.csv', { type: 'text/csv' });
    chooseFile(file);
    button('Augšupielādēt')?.click();
    await settle();

    const request = http.expectOne((r) => r.url === API_PATHS.moduleAttachments('m-intro'));
    expect(request.request.method).toBe('POST');
    expect(request.request.params.get('fileName')).toBe('saraksts.csv');
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    expect(request.request.body).toBe(file);
    request.flush(
      { id: 'a-list', fileName: 'saraksts.csv', contentType: 'text/csv', sizeBytes: 8, url: '/api/attachments/a-list' },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    expect([...page.querySelectorAll('.attachments__name')].map(text)).toEqual(['plāns.pdf', 'saraksts.csv']);
    expect(text(page.querySelector('.attachments__status'))).toBe('Pielikums “saraksts.csv” pievienots.');

    // Attachments move the module's version on: a save afterwards is based on the new one.
    enter(page, '#module-minutes', '50');
    await settle();
    submit(page);
    await settle();
    expect(http.expectOne(API_PATHS.module('m-intro')).request.body).toEqual({ estimatedMinutes: 50, version: 4 });
  });

  it('explains a file that is too large (413) or of a type not accepted (415)', async () => {
    await open();
    chooseFile(new File(['x'], 'liels.pdf', { type: 'application/pdf' }));
    button('Augšupielādēt')?.click();
    await settle();
    http
      .expectOne((r) => r.url === API_PATHS.moduleAttachments('m-intro'))
      .flush(problem({ status: 413, code: 'PAYLOAD_TOO_LARGE' }), { status: 413, statusText: 'Payload Too Large' });
    await settle();
    const alert = () => page.querySelector('.upload__problem [role="alert"]');
    expect(text(alert())).toBe('Fails “liels.pdf” ir lielāks par 10 MiB. Pievienojiet mazāku failu (piemēram, saspiestu PDF).');
    expect(doc().activeElement).toBe(page.querySelector('.upload__problem'));

    chooseFile(new File(['MZ'], 'programma.exe', { type: 'application/x-msdownload' }));
    button('Augšupielādēt')?.click();
    await settle();
    http
      .expectOne((r) => r.url === API_PATHS.moduleAttachments('m-intro'))
      .flush(problem({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }), { status: 415, statusText: 'Unsupported Media Type' });
    await settle();
    expect(text(alert())).toContain('Šāda veida failu “programma.exe” pievienot nevar. Atļautie faili: PDF, DOCX');
  });

  it('deletes an attachment', async () => {
    await open();
    button('Dzēst')?.click();
    await settle();
    const request = http.expectOne(API_PATHS.attachment('a-plan'));
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(page.querySelector('.attachments__item')).toBeNull();
    expect(text(page.querySelector('.attachments__status'))).toBe('Pielikums “plāns.pdf” dzēsts.');
    expect(doc().activeElement?.id).toBe('attachments-heading');
  });
});
