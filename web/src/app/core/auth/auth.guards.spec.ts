import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '@di/contracts';
import { signedIn, signedOut } from './auth.guards';
import { ADMIN, COORDINATOR, PARTICIPANT, signInAs } from './auth.testing';
import { withPermission } from './with-permission';

@Component({
  template: '<h1>Lietotāji</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class UsersStub {}

@Component({
  template: '<h1>Pieslēgšanās</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SignInStub {}

@Component({
  template: '<h1>Organizācijas</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class OrganisationsStub {}

/** The shape of app.routes.ts, with stand-ins for the pages. */
const routes: Routes = [
  { path: 'sign-in', canActivate: [signedOut], component: SignInStub },
  {
    path: '',
    canActivateChild: [signedIn],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'organisations' },
      { path: 'organisations', component: OrganisationsStub },
      ...withPermission('user.read', {
        path: 'users',
        children: [
          { path: '', component: UsersStub },
          { path: ':id', component: UsersStub },
        ],
      }),
    ],
  },
];

describe('route guards', () => {
  async function open(url: string, user: Me | null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(routes),
      ],
    });
    if (user) {
      signInAs(user);
    }
    const harness = await RouterTestingHarness.create(url);
    return {
      url: TestBed.inject(Router).url,
      heading: (harness.routeNativeElement as HTMLElement | null)
        ?.querySelector('h1')
        ?.textContent?.trim(),
    };
  }

  it('sends a signed-out visitor to sign in, keeping where they were going', async () => {
    const page = await open('/users?q=ann&role=trainer', null);
    expect(page.url).toBe(
      '/sign-in?returnUrl=%2Fusers%3Fq%3Dann%26role%3Dtrainer',
    );
    expect(page.heading).toBe('Pieslēgšanās');
  });

  it('also guards pages every signed-in person may see', async () => {
    expect((await open('/organisations', null)).url).toBe(
      '/sign-in?returnUrl=%2Forganisations',
    );
  });

  it('shows a participant "no access" for users, at the address they asked for', async () => {
    const page = await open('/users/u-1', PARTICIPANT);
    expect(page.url).toBe('/users/u-1');
    expect(page.heading).toBe('Nav piekļuves');
    TestBed.resetTestingModule();
    expect((await open('/users?q=a', PARTICIPANT)).heading).toBe(
      'Nav piekļuves',
    );
  });

  it('lets admins and coordinators into users', async () => {
    expect((await open('/users', ADMIN)).heading).toBe('Lietotāji');
    TestBed.resetTestingModule();
    expect((await open('/users/u-1', COORDINATOR)).heading).toBe('Lietotāji');
  });

  it('goes by the permissions of the session, not by role names', async () => {
    const allowed = {
      ...PARTICIPANT,
      permissions: [...PARTICIPANT.permissions, 'user.read' as const],
    };
    expect((await open('/users', allowed)).heading).toBe('Lietotāji');
    TestBed.resetTestingModule();
    const refused = {
      ...COORDINATOR,
      permissions: COORDINATOR.permissions.filter((p) => p !== 'user.read'),
    };
    expect((await open('/users', refused)).heading).toBe('Nav piekļuves');
  });

  it('sends someone already signed in on from the sign-in page', async () => {
    const page = await open('/sign-in?returnUrl=%2Fusers', ADMIN);
    expect(page.url).toBe('/users');
  });

  it('does not follow a return URL to another site', async () => {
    const page = await open(
      '/sign-in?returnUrl=%2F%2Fevil.example%2Fx',
      PARTICIPANT,
    );
    expect(page.url).toBe('/organisations');
  });
});
