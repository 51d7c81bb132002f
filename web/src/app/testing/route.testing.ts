import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { LOCALE_ID, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type Routes,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '@di/contracts';
import { signInAs } from '../core/auth/auth.testing';
import { settle } from './dom.testing';
import { provideMailDelivery } from './mail.testing';

export interface OpenedRoute {
  /** The routed page's element. */
  page: HTMLElement;
  http: HttpTestingController;
}

/**
 * Opens `url` among `routes` as the app would (Latvian, query params bound to inputs), with the
 * HTTP backend under the test's control, signed in as `signedInAs` if given.
 */
export async function openRoute(
  url: string,
  routes: Routes,
  signedInAs?: Me,
  /** Mail is delivered unless a test says otherwise (`provideMailDelivery('demo')`). */
  mailDelivery: Provider = provideMailDelivery(),
): Promise<OpenedRoute> {
  TestBed.configureTestingModule({
    providers: [
      { provide: LOCALE_ID, useValue: 'lv' },
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes, withComponentInputBinding()),
      mailDelivery,
    ],
  });
  if (signedInAs) {
    signInAs(signedInAs);
  }
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create(url);
  await settle();
  return { page: harness.routeNativeElement as HTMLElement, http };
}
