import type { TestRequest } from '@angular/common/http/testing';
import { API_PATHS, type AttendanceMark } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { TRAINER } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { entry, register } from './attendance.testing';
import { SAVE_DELAY_MS } from './register-sync';

const ANNA = entry('e-1', 'Anna Āboliņa', { version: 2, status: 'absent', markedAt: '2026-12-04T08:05:00Z', markedBy: { id: 'u-t', fullName: 'Demo Pasniedzējs' } });
const JURIS = entry('e-2', 'Juris Ēcis');
const LATE = entry('e-3', 'Līga Vēlā', { standing: 'not_yet_enrolled' });
const MARTA = entry('e-4', 'Marta Ozola', { version: 1, status: 'present' });

async function open() {
  const opened = await openRoute('/sessions/s-1/attendance', appRoutes, TRAINER);
  opened.http.expectOne(API_PATHS.sessionAttendance('s-1')).flush(register([ANNA, JURIS, LATE, MARTA]));
  await settle();
  return opened;
}

const rows = (page: HTMLElement) => [...page.querySelectorAll<HTMLElement>('li.person')];
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
const afterSaveDelay = () => new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 50));
const button = (root: HTMLElement, label: string) => [...root.querySelectorAll('button')].find((candidate) => text(candidate).startsWith(label));

async function saved(http: Awaited<ReturnType<typeof open>>['http']): Promise<TestRequest> {
  await afterSaveDelay();
  const request = http.expectOne((r) => r.method === 'PUT' && r.url === API_PATHS.sessionAttendance('s-1'));
  return request;
}

describe('RegisterPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists everyone with who marked them and when; a late enroller cannot be marked', async () => {
    const { page } = await open();
    const [anna, , late] = rows(page);
    expect(text(anna)).toContain('Atzīmēja Demo Pasniedzējs 04.12.2026 10:05');
    expect(anna.querySelector<HTMLInputElement>('input[value="absent"]')?.checked).toBe(true);
    expect(text(late)).toContain('Pieteicās pēc nodarbības');
    expect(late.querySelector('input[type="radio"]')).toBeNull();
    expect(text(page.querySelector('#register-keys'))).toContain('P Klātesošs');
  });

  it('is one tab stop: arrows, Home and End move between people; P marks present and sends the version seen', async () => {
    const { page, http } = await open();
    const list = rows(page);
    expect(list.map((row) => row.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    list[0].focus();
    key(list[0], 'ArrowDown');
    await settle();
    expect(document.activeElement).toBe(list[1]);
    expect(list.map((row) => row.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
    key(list[1], 'End');
    expect(document.activeElement).toBe(list[3]);
    key(list[3], 'Home');
    expect(document.activeElement).toBe(list[0]);
    key(list[0], 'ArrowUp');
    expect(document.activeElement).toBe(list[0]);

    key(list[0], 'p');
    await settle();
    expect(list[0].querySelector<HTMLInputElement>('input[value="present"]')?.checked).toBe(true);
    expect(text(page.querySelector('[data-testid="register-announcement"]'))).toBe('Anna Āboliņa: Klātesošs');
    const request = await saved(http);
    expect(request.request.body).toEqual([{ enrolmentId: 'e-1', status: 'present', minutesAttended: null, note: null, version: 2 }]);
    request.flush(register([{ ...ANNA, status: 'present', version: 3 }, JURIS, LATE, MARTA]));
    await settle();
    expect(text(page.querySelector('[data-testid="register-announcement"]'))).toBe('Saglabāts');
    expect(localStorage.getItem('di-training-attendance-queue:s-1')).toBeNull();
  });

  it('leaves the keys alone while typing a note', async () => {
    const { page, http } = await open();
    const note = rows(page)[0].querySelector<HTMLInputElement>('input[type="text"]');
    if (!note) throw new Error('no note field');
    key(note, 'p');
    await afterSaveDelay();
    http.expectNone((r) => r.method === 'PUT');
  });

  it('marks everyone still unmarked present in one request, then the exceptions', async () => {
    const { page, http } = await open();
    button(page, 'Atzīmēt visus kā klātesošus')?.click();
    const request = await saved(http);
    expect((request.request.body as AttendanceMark[]).map((mark) => [mark.enrolmentId, mark.status, mark.version])).toEqual([['e-2', 'present', 0]]);
  });

  it('shows a conflict beside the trainer’s mark; keeping it sends it again on the server’s version', async () => {
    const { page, http } = await open();
    key(rows(page)[1], 'l');
    const first = await saved(http);
    const theirs = entry('e-2', 'Juris Ēcis', { status: 'excused', version: 1, markedBy: { id: 'u-c', fullName: 'Cits Pasniedzējs' }, markedAt: '2026-12-04T08:10:00Z' });
    first.flush(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'x', code: 'STALE_UPDATE', conflicts: [{ enrolmentId: 'e-2', current: theirs }] },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const conflicts = page.querySelector<HTMLElement>('[data-testid="register-conflicts"]');
    const marks = [...(conflicts?.querySelectorAll('dt, dd') ?? [])].map(text);
    expect(marks).toEqual(['Jūsu atzīme', 'Nokavēja', 'Saglabātā atzīme', 'Attaisnots (atzīmēja Cits Pasniedzējs 04.12.2026 10:10)']);
    http.expectNone((r) => r.method === 'PUT');

    if (!conflicts) throw new Error('no conflicts');
    button(conflicts, 'Paturēt manu')?.click();
    const again = await saved(http);
    expect(again.request.body).toEqual([{ enrolmentId: 'e-2', status: 'late', minutesAttended: null, note: null, version: 1 }]);
    again.flush(register([ANNA, { ...JURIS, status: 'late', version: 2 }, LATE, MARTA]));
    await settle();
    expect(page.querySelector('[data-testid="register-conflicts"]')).toBeNull();
  });

  it('takes the server’s mark when the trainer says so', async () => {
    const { page, http } = await open();
    key(rows(page)[3], 'a');
    const first = await saved(http);
    first.flush(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'x', code: 'STALE_UPDATE', conflicts: [{ enrolmentId: 'e-4', current: { ...MARTA, status: 'late', version: 2 } }] },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const conflicts = page.querySelector<HTMLElement>('[data-testid="register-conflicts"]');
    if (!conflicts) throw new Error('no conflicts');
    button(conflicts, 'Pieņemt saglabāto')?.click();
    await settle();
    expect(page.querySelector('[data-testid="register-conflicts"]')).toBeNull();
    expect(rows(page)[3].querySelector<HTMLInputElement>('input[value="late"]')?.checked).toBe(true);
    await afterSaveDelay();
    http.expectNone((r) => r.method === 'PUT');
  });

  it('without a connection keeps the marks, says how many wait, and sends them when it is back', async () => {
    const { page, http } = await open();
    key(rows(page)[1], 'p');
    (await saved(http)).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    key(rows(page)[3], 'a');
    await afterSaveDelay();
    http.expectNone((r) => r.method === 'PUT');
    expect(text(page.querySelector('[data-testid="register-offline"]'))).toContain('Nav savienojuma');
    expect(text(page.querySelector('[data-testid="register-waiting"]'))).toBe('2 atzīmes gaida savienojumu');
    expect(JSON.parse(localStorage.getItem('di-training-attendance-queue:s-1') ?? '[]')).toHaveLength(2);

    window.dispatchEvent(new Event('online'));
    const request = http.expectOne((r) => r.method === 'PUT');
    expect((request.request.body as AttendanceMark[]).map((mark) => [mark.enrolmentId, mark.status])).toEqual([
      ['e-2', 'present'],
      ['e-4', 'absent'],
    ]);
    request.flush(register([ANNA, { ...JURIS, status: 'present', version: 1 }, LATE, { ...MARTA, status: 'absent', version: 2 }]));
    await settle();
    expect(page.querySelector('[data-testid="register-offline"]')).toBeNull();
  });

  it('shows the register kept in the browser when it cannot be loaded', async () => {
    localStorage.setItem('di-training-register:s-1', JSON.stringify(register([ANNA, JURIS])));
    const { page, http } = await openRoute('/sessions/s-1/attendance', appRoutes, TRAINER);
    http.expectOne(API_PATHS.sessionAttendance('s-1')).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    expect(rows(page).map((row) => text(row.querySelector('.person__name')))).toEqual(['Anna Āboliņa', 'Juris Ēcis']);
    expect(text(page.querySelector('[data-testid="register-offline"]'))).toContain('no šīs ierīces atmiņas');
  });

  it.each([
    [1, '1 atzīme gaida savienojumu'],
    [3, '3 atzīmes gaida savienojumu'],
    [10, '10 atzīmju gaida savienojumu'],
    [21, '21 atzīme gaida savienojumu'],
    [30, '30 atzīmju gaida savienojumu'],
  ])('words %i waiting marks in proper Latvian', async (count, words) => {
    const queued = Array.from({ length: count }, (_, index) => ({ enrolmentId: `q-${index}`, status: 'present', minutesAttended: null, note: null, version: 0 }));
    localStorage.setItem('di-training-attendance-queue:s-1', JSON.stringify(queued));
    localStorage.setItem('di-training-register:s-1', JSON.stringify(register([ANNA])));
    const { page, http } = await openRoute('/sessions/s-1/attendance', appRoutes, TRAINER);
    http.expectOne(API_PATHS.sessionAttendance('s-1')).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    expect(text(page.querySelector('[data-testid="register-waiting"]'))).toBe(words);
  });
});
