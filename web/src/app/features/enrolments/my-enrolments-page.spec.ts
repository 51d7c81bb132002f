import type { MyEnrolment } from '@di/contracts';
import { API_PATHS } from '@di/contracts';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { appRoutes } from '../../app.routes';
import { settle, text } from '../../testing/dom.testing';
import { enrolment, progress } from '../../testing/enrolments.testing';
import { pageOf } from '../../testing/organisations.testing';
import { openRoute } from '../../testing/route.testing';

const mine = (id: string, title: string, extra: Partial<MyEnrolment> = {}): MyEnrolment => ({
  ...enrolment({ id, runId: `run-${id}` }),
  run: { id: `run-${id}`, courseId: 'course-1', title: { lv: title }, startsOn: '2027-02-01', endsOn: '2027-03-31' },
  progress: progress({ enrolmentId: id }),
  ...extra,
});

describe('MyEnrolmentsPage', () => {
  it('lists the person’s runs with dates, status, waiting-list place and a seat on offer to accept', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    const request = http.expectOne((r) => r.url === API_PATHS.meEnrolments);
    expect(request.request.params.get('page')).toBe('1');
    request.flush(
      pageOf([
        mine('a', 'Latgales cikls'),
        mine('b', 'Pavasara cikls', { status: 'waitlisted', position: 2 }),
        mine('c', 'Rudens cikls', { status: 'waitlisted', position: 1, offerExpiresAt: '2027-01-20T10:00:00Z', version: 9 }),
      ]),
    );
    await settle();
    const items = [...page.querySelectorAll('li.my-enrolment')];
    expect(items.map((item) => text(item.querySelector('h2')))).toEqual(['Latgales cikls', 'Pavasara cikls', 'Rudens cikls']);
    expect(items[0].querySelector('h2 a')?.getAttribute('href')).toBe('/runs/run-a');
    expect(text(items[0])).toContain('Norises laiks: 01.02.2027–31.03.2027');
    expect(text(items[0].querySelector('.status-badge'))).toBe('Dalība apstiprināta');
    expect(text(items[1])).toContain('Jūsu vieta gaidīšanas sarakstā: 2.');
    expect(text(items[2].querySelector('.enrolment-offer'))).toContain('līdz 20.01.2027 12:00');

    [...items[2].querySelectorAll('button')].find((button) => text(button) === 'Pieņemt vietu')?.click();
    const accept = http.expectOne((r) => r.method === 'PATCH' && r.url === API_PATHS.enrolment('c'));
    expect(accept.request.body).toEqual({ status: 'enrolled', version: 9 });
    accept.flush(enrolment({ id: 'c', status: 'enrolled' }));
    await settle();
    expect(text(page.querySelector('[role="status"]'))).toBe('Vieta pieņemta: Rudens cikls.');
    expect(http.match((r) => r.url === API_PATHS.meEnrolments)).toHaveLength(1);
  });

  it('says so when there are none, pointing to the catalogue', async () => {
    const { page, http } = await openRoute('/my-enrolments', appRoutes, PARTICIPANT);
    http.expectOne((r) => r.url === API_PATHS.meEnrolments).flush(pageOf([]));
    await settle();
    expect(text(page.querySelector('.empty'))).toContain('Jums vēl nav neviena pieteikuma.');
    expect(page.querySelector('.empty a')?.getAttribute('href')).toBe('/courses');
  });
});
