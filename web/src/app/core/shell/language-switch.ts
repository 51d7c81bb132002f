import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { Location } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import type { Locale } from '@di/contracts';
import { filter, map } from 'rxjs';
import { ACTIVE_LOCALE, LOCALE_BASE_PATHS } from '../i18n/active-locale';

interface Language {
  code: Locale;
  /** Each language is named in itself, so it is found by those who read only that one. */
  name: string;
}

const LANGUAGES: readonly Language[] = [
  { code: 'lv', name: 'Latviešu' },
  { code: 'en', name: 'English' },
];

/**
 * Links to the same page in each locale's build. Each locale is its own build under its own base
 * path, so switching is a plain link and a full page load.
 */
@Component({
  selector: 'app-language-switch',
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly router = inject(Router);
  private readonly activeLocale = inject(ACTIVE_LOCALE);

  /**
   * The route and query relative to the base href, e.g. `/organisations?type=vsac`. Until the first
   * navigation ends (start-up waits for the session first) the router still says `/`, so the
   * address bar gives the start value; its fragment is left out (it may hold a one-time token).
   */
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    {
      initialValue:
        inject(Location).path(false).split('#', 1)[0] || this.router.url,
    },
  );

  protected readonly languages = computed(() =>
    LANGUAGES.map((language) => ({
      ...language,
      href: LOCALE_BASE_PATHS[language.code] + this.url(),
      current: language.code === this.activeLocale,
    })),
  );
}
