import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type CertificateVerification } from '@di/contracts';
import { appRoutes } from '../../app.routes';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { describedErrors, enter, settle, submit, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { normaliseCertificateCode } from './certificate-code';

const VALID: CertificateVerification = {
  valid: true,
  code: 'AB12-CD34-EF56',
  fullName: 'Ārija Ēķe',
  courseTitle: { lv: 'Sociālo mentoru apmācības', en: 'Social mentor training' },
  completedAt: '2027-03-31T21:30:00Z',
  revokedAt: null,
};

/** The icon (hidden from screen readers) and the words, which say it without the icon or its colour. */
function verdictOf(root: ParentNode): { verdict: string | null | undefined; icon: string; words: string } {
  const verdict = root.querySelector('.verification__verdict');
  const icon = verdict?.querySelector('.verification__icon[aria-hidden="true"]');
  const kind = [...(verdict?.classList ?? [])].find((name) => name.startsWith('verification__verdict--'));
  return { verdict: kind?.slice('verification__verdict--'.length), icon: text(icon), words: text(verdict).slice(text(icon).length).trim() };
}

const facts = (page: HTMLElement) =>
  [...page.querySelectorAll('.verification__facts div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);

describe('normaliseCertificateCode', () => {
  it('upper-cases and puts in the dashes', () => {
    expect(normaliseCertificateCode(' ab12cd34ef56 ')).toBe('AB12-CD34-EF56');
    expect(normaliseCertificateCode('ab12-cd34-ef56')).toBe('AB12-CD34-EF56');
    expect(normaliseCertificateCode('nav-kods')).toBe('NAV-KODS');
  });
});

describe('CertificateVerificationPage', () => {
  it('says a valid certificate is valid, in words and with an icon, with the name, course and date, to a visitor', async () => {
    const { page, http } = await openRoute('/certificates/ab12-cd34-ef56', appRoutes);
    http.expectOne(API_PATHS.certificate('AB12-CD34-EF56')).flush(VALID);
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Apliecības pārbaude');
    expect(verdictOf(page)).toEqual({ verdict: 'valid', icon: '✓', words: 'Apliecība ir derīga.' });
    // The completion date in Riga (already the next day there).
    expect(facts(page)).toEqual(['Vārds, uzvārds: Ārija Ēķe', 'Kurss: Sociālo mentoru apmācības', 'Pabeigts: 01.04.2027']);
    expect(text(page.querySelector('.verification__code'))).toBe('Apliecības kods: AB12-CD34-EF56');
    http.verify();
  });

  it('says a revoked one is revoked, with the date', async () => {
    const { page, http } = await openRoute('/certificates/AB12-CD34-EF56', appRoutes, PARTICIPANT);
    http.expectOne(API_PATHS.certificate('AB12-CD34-EF56')).flush({ ...VALID, valid: false, revokedAt: '2027-04-10T08:00:00Z' });
    await settle();
    expect(verdictOf(page)).toEqual({ verdict: 'revoked', icon: '✗', words: 'Apliecība ir atsaukta 10.04.2027 un vairs nav derīga.' });
    expect(facts(page)).toContain('Vārds, uzvārds: Ārija Ēķe');
  });

  it('says an unknown code is not found, and checks another typed in any case', async () => {
    const { page, http } = await openRoute('/certificates/ZZZZ-ZZZZ-ZZZZ', appRoutes);
    http
      .expectOne(API_PATHS.certificate('ZZZZ-ZZZZ-ZZZZ'))
      .flush({ type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(verdictOf(page)).toMatchObject({ verdict: 'unknown', icon: '?' });
    expect(verdictOf(page).words).toContain('Apliecība ar šādu kodu nav atrasta.');
    expect(page.querySelector('.verification__facts')).toBeNull();

    enter(page, '#certificate-code', 'nav-kods');
    submit(page);
    await settle();
    expect(describedErrors(page.querySelector('#certificate-code'))).toBe('Ievadiet kodu formā XXXX-XXXX-XXXX (burti un cipari).');

    enter(page, '#certificate-code', 'ab12cd34ef56');
    submit(page);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/certificates/AB12-CD34-EF56');
    http.expectOne(API_PATHS.certificate('AB12-CD34-EF56')).flush(VALID);
    await settle();
    expect(verdictOf(page.ownerDocument)).toEqual({ verdict: 'valid', icon: '✓', words: 'Apliecība ir derīga.' });
    http.verify();
  });
});
