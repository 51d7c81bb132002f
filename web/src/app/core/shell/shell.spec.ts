import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideHttpClient } from '@angular/common/http';
import { API_PATHS } from '@di/contracts';
import { ADMIN, signInAs } from '../auth/auth.testing';
import { AppTitleStrategy } from '../title/app-title-strategy';
import { provideMailDelivery } from '../../testing/mail.testing';
import { Shell } from './shell';

@Component({
  template: '<h1>Organizācijas</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class OrganisationsStub {}

@Component({
  template: '<h1>Lapa nav atrasta</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class NotFoundStub {}

/** A page whose heading is replaced once its data is there, as a person's page does. */
@Component({
  template: `@if (loaded()) {
      <h1>Ilze Kalniņa</h1>
    } @else {
      <h1>Lietotājs</h1>
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class LoadingPageStub {
  readonly loaded = loadedSignal;
}
const loadedSignal = signal(false);

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let element: HTMLElement;

  async function render(
    locale: string,
    url: string,
    signedIn = true,
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'organisations',
            title: 'Organizācijas',
            component: OrganisationsStub,
          },
          { path: 'sign-in', title: 'Pieslēgšanās', component: NotFoundStub },
          { path: 'person', title: 'Lietotājs', component: LoadingPageStub },
          { path: '**', title: 'Lapa nav atrasta', component: NotFoundStub },
        ]),
        { provide: TitleStrategy, useClass: AppTitleStrategy },
        provideMailDelivery(),
      ],
    });
    if (signedIn) {
      signInAs(ADMIN);
    }
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement;
    await navigate(url);
  }

  async function navigate(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  const link = (hreflang: string) =>
    element.querySelector<HTMLAnchorElement>(`a[hreflang="${hreflang}"]`);

  it('links each language to the same page and query in that locale', async () => {
    await render('lv', '/organisations?type=vsac&q=kal');

    expect(link('en')?.getAttribute('href')).toBe(
      '/en/organisations?type=vsac&q=kal',
    );
    expect(link('en')?.getAttribute('lang')).toBe('en');
    expect(link('en')?.textContent?.trim()).toBe('English');
    expect(link('lv')?.getAttribute('href')).toBe(
      '/lv/organisations?type=vsac&q=kal',
    );
    expect(link('lv')?.getAttribute('aria-current')).toBe('true');
    expect(link('en')?.hasAttribute('aria-current')).toBe(false);

    await navigate('/organisations?region=LPR');
    expect(link('en')?.getAttribute('href')).toBe(
      '/en/organisations?region=LPR',
    );
  });

  it('marks English as current in the English build', async () => {
    await render('en', '/organisations');
    expect(link('en')?.getAttribute('aria-current')).toBe('true');
    expect(link('lv')?.getAttribute('href')).toBe('/lv/organisations');
  });

  it('starts with a skip link to main and has the page landmarks', async () => {
    await render('lv', '/organisations');

    const firstFocusable = element.querySelector(
      'a[href], button, input, select',
    );
    expect(firstFocusable?.textContent?.trim()).toBe('Pāriet uz saturu');
    (firstFocusable as HTMLElement).click();
    expect(document.activeElement).toBe(element.querySelector('main#main'));

    expect(
      element
        .querySelector('header nav a[aria-current="page"]')
        ?.textContent?.trim(),
    ).toBe('Organizācijas');
    expect(element.querySelectorAll('header')).toHaveLength(1);
    expect(element.querySelectorAll('main')).toHaveLength(1);
    expect(element.querySelectorAll('footer')).toHaveLength(1);
    const navLabels = [...element.querySelectorAll('nav')].map((nav) =>
      nav.getAttribute('aria-label'),
    );
    expect(navLabels).toEqual(['Galvenā navigācija', 'Valoda']);
  });

  it('titles pages with the product name and moves focus to the new page heading', async () => {
    await render('lv', '/organisations');
    expect(TestBed.inject(Title).getTitle()).toBe('Organizācijas · DI mācības');
    // The first page load leaves focus where the browser puts it.
    expect(document.activeElement?.tagName).not.toBe('H1');

    await navigate('/missing');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Lapa nav atrasta · DI mācības',
    );
    expect(document.activeElement?.textContent).toBe('Lapa nav atrasta');
  });

  it('keeps focus on the heading when the page replaces it once its data is there', async () => {
    loadedSignal.set(false);
    await render('lv', '/organisations');
    await navigate('/person');
    expect(document.activeElement?.textContent).toBe('Lietotājs');
    loadedSignal.set(true);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toBe('Ilze Kalniņa');
  });
});

describe('Shell header for the signed-in person', () => {
  let fixture: ComponentFixture<Shell>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: 'lv' },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'organisations', component: OrganisationsStub },
          { path: 'profile', component: OrganisationsStub },
          { path: 'sign-in', component: NotFoundStub },
        ]),
        provideMailDelivery(),
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await TestBed.inject(Router).navigateByUrl('/organisations');
    await fixture.whenStable();
  });

  const header = () =>
    fixture.nativeElement.querySelector('header') as HTMLElement;
  const text = (element: Element | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('shows the name linking to the profile and a sign-out button; signing out returns to sign-in', async () => {
    signInAs(ADMIN);
    await fixture.whenStable();

    const profile =
      header().querySelector<HTMLAnchorElement>('a[href="/profile"]');
    expect(text(profile)).toBe('Mans profils: Demo Administrators');
    const signOut = [...header().querySelectorAll('button')].find(
      (button) => text(button) === 'Iziet',
    );
    expect(signOut).toBeDefined();

    signOut?.click();
    TestBed.inject(HttpTestingController)
      .expectOne(API_PATHS.logout)
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(header().querySelector('a[href="/profile"]')).toBeNull();
    expect(
      [
        ...header().querySelectorAll('nav[aria-label="Galvenā navigācija"] a'),
      ].map(text),
    ).toEqual(['Pieslēgties']);
  });
});
