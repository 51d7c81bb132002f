import {
  provideHttpClient,
  withFetch,
  withInterceptors,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthSession } from './core/auth/auth-session';
import { acceptLanguageInterceptor } from './core/i18n/accept-language.interceptor';
import { AppTitleStrategy } from './core/title/app-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(
      withFetch(),
      withInterceptors([acceptLanguageInterceptor, authInterceptor]),
    ),
    // Route and query params bind straight to component inputs (e.g. the organisation filters).
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: AppTitleStrategy },
    // The access token lives in memory only: after a page load, the refresh cookie brings the
    // session back before the first route is chosen (a 401 just means "signed out").
    provideAppInitializer(() => inject(AuthSession).restore()),
  ],
};
