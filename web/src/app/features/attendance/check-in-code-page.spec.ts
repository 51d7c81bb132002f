import { API_PATHS } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { TRAINER } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { register } from './attendance.testing';
import { groupedDigits } from './check-in-code-page';
import { qrRuns } from './qr-code';

const CODE = { code: '482913', validFrom: '2026-12-04T07:45:00Z', validUntil: '2026-12-04T11:00:00Z' };

async function open() {
  const opened = await openRoute('/sessions/s-1/check-in-code', appRoutes, TRAINER);
  opened.http.expectOne(API_PATHS.sessionAttendance('s-1')).flush(register([]));
  return opened;
}

describe('CheckInCodePage', () => {
  it('shows the code large, read digit by digit, until when it is valid, and a QR code of the check-in page', async () => {
    const { page, http } = await open();
    http.expectOne((r) => r.method === 'GET' && r.url === API_PATHS.sessionCheckInCode('s-1')).flush(CODE);
    await settle();
    const digits = page.querySelector('[data-testid="check-in-digits"]');
    expect(text(digits)).toBe('482 913');
    expect(digits?.getAttribute('aria-label')).toBe('4 8 2 9 1 3');
    expect(text(page)).toContain('Derīgs līdz 04.12.2026 13:00');
    const svg = page.querySelector('svg.qr');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toContain('QR kods');
    const url = `${location.origin}/lv/sessions/s-1/check-in#code=482913`;
    expect(svg?.querySelectorAll('rect').length).toBe(qrRuns(url).runs.length + 1);
    expect(svg?.querySelectorAll('rect').length).toBeGreaterThan(100);
  });

  it('without a code yet says so, and makes one on request', async () => {
    const { page, http } = await open();
    http
      .expectOne((r) => r.method === 'GET' && r.url === API_PATHS.sessionCheckInCode('s-1'))
      .flush({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'x', code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text(page)).toContain('vēl nav reģistrācijas koda');
    expect(text(page.querySelector('[role="alert"]'))).toBe('');
    [...page.querySelectorAll('button')].find((button) => text(button) === 'Jauns kods')?.click();
    const request = http.expectOne((r) => r.method === 'POST' && r.url === API_PATHS.sessionCheckInCode('s-1'));
    request.flush({ ...CODE, code: '000123' });
    await settle();
    expect(text(page.querySelector('[data-testid="check-in-digits"]'))).toBe('000 123');
    expect(groupedDigits('000123')).toBe('000 123');
  });
});
