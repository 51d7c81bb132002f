import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MailDeliveryMode, Me } from '@di/contracts';
import {
  ADMIN,
  COORDINATOR,
  PARTICIPANT,
  TRAINER,
  signInAs,
  withRoles,
} from '../auth/auth.testing';
import { provideMailDelivery } from '../../testing/mail.testing';
import { MainNav } from './main-nav';

describe('MainNav', () => {
  async function linksFor(
    user: Me | null,
    mode: MailDeliveryMode = 'smtp',
  ): Promise<string[]> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMailDelivery(mode),
      ],
    });
    if (user) {
      signInAs(user);
    }
    const fixture = TestBed.createComponent(MainNav);
    await fixture.whenStable();
    return [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('a'),
    ].map((link) => `${link.textContent?.trim()} ${link.getAttribute('href')}`);
  }

  it('shows Users, the requests to decide and the reports to admins', async () => {
    expect(await linksFor(ADMIN)).toEqual([
      'Organizācijas /organisations',
      'Lietotāji /users',
      'Kursi /courses',
      'Mani kursi /my-enrolments',
      'Manas nodarbības /my-sessions',
      'Pieteikumi /enrolment-requests',
      'Pārskati /reports',
    ]);
  });

  it('shows Users to coordinators', async () => {
    expect(await linksFor(COORDINATOR)).toContain('Lietotāji /users');
  });

  it('does not show Users to participants or trainers', async () => {
    expect(await linksFor(PARTICIPANT)).toEqual([
      'Organizācijas /organisations',
      'Kursi /courses',
      'Mani kursi /my-enrolments',
      'Manas nodarbības /my-sessions',
    ]);
    TestBed.resetTestingModule();
    expect(await linksFor(TRAINER)).toEqual([
      'Organizācijas /organisations',
      'Kursi /courses',
      'Mani kursi /my-enrolments',
      'Manas nodarbības /my-sessions',
      'Mans grafiks /my-schedule',
      'Ciklu apmeklējums /reports/runs',
    ]);
  });

  it('shows Users to a trainer who is also a coordinator', async () => {
    const both = withRoles(TRAINER, [
      { role: 'trainer' },
      { role: 'coordinator', scope: { organisationId: 'vsac-latgale' } },
    ]);
    expect(await linksFor(both)).toContain('Lietotāji /users');
  });

  it('follows the permissions of the session, whatever the roles', async () => {
    const reader = {
      ...TRAINER,
      permissions: [...TRAINER.permissions, 'user.read' as const],
    };
    expect(await linksFor(reader)).toContain('Lietotāji /users');
    TestBed.resetTestingModule();
    const noUsers = {
      ...ADMIN,
      permissions: ADMIN.permissions.filter((p) => p !== 'user.read' && p !== 'enrolment.approve' && p !== 'report.read'),
    };
    expect(await linksFor(noUsers)).toEqual([
      'Organizācijas /organisations',
      'Kursi /courses',
      'Mani kursi /my-enrolments',
      'Manas nodarbības /my-sessions',
    ]);
  });

  it('shows the demo mailbox to admins only in a demo run', async () => {
    expect(await linksFor(ADMIN, 'demo')).toContain(
      'Demo pastkastīte /demo-mailbox',
    );
    for (const mode of ['smtp', 'not_configured'] as const) {
      TestBed.resetTestingModule();
      expect(await linksFor(ADMIN, mode)).not.toContain(
        'Demo pastkastīte /demo-mailbox',
      );
    }
    TestBed.resetTestingModule();
    expect(await linksFor(COORDINATOR, 'demo')).not.toContain(
      'Demo pastkastīte /demo-mailbox',
    );
  });

  it('shows "my schedule" only to trainers, "my sessions" to everyone signed in', async () => {
    expect(await linksFor(COORDINATOR)).toContain(
      'Manas nodarbības /my-sessions',
    );
    TestBed.resetTestingModule();
    expect(await linksFor(COORDINATOR)).not.toContain(
      'Mans grafiks /my-schedule',
    );
    TestBed.resetTestingModule();
    const trainerCoordinator = withRoles(TRAINER, [
      { role: 'trainer' },
      { role: 'coordinator', scope: { regionCode: 'LPR' } },
    ]);
    expect(await linksFor(trainerCoordinator)).toContain(
      'Mans grafiks /my-schedule',
    );
  });

  it('shows "my courses" to everyone signed in, the requests only to those who decide them', async () => {
    expect(await linksFor(COORDINATOR)).toEqual(expect.arrayContaining(['Mani kursi /my-enrolments', 'Pieteikumi /enrolment-requests']));
    TestBed.resetTestingModule();
    expect(await linksFor(PARTICIPANT)).not.toContain('Pieteikumi /enrolment-requests');
    TestBed.resetTestingModule();
    expect(await linksFor(TRAINER)).not.toContain('Pieteikumi /enrolment-requests');
  });

  it('offers only signing in to someone signed out', async () => {
    expect(await linksFor(null)).toEqual(['Pieslēgties /sign-in']);
  });
});
