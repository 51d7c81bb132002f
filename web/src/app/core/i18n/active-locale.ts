import { InjectionToken, LOCALE_ID, inject } from '@angular/core';
import type { Locale, LocalisedText } from '@di/contracts';

/** Where each locale's build is served; must match `i18n.*.subPath` in project.json. */
export const LOCALE_BASE_PATHS: Readonly<Record<Locale, string>> = {
  lv: '/lv',
  en: '/en',
};

/** The locale this build was compiled for, narrowed to the ones the platform supports. */
export const ACTIVE_LOCALE = new InjectionToken<Locale>('ACTIVE_LOCALE', {
  providedIn: 'root',
  factory: () => toLocale(inject(LOCALE_ID)),
});

export function toLocale(localeId: string): Locale {
  return localeId.toLowerCase().startsWith('en') ? 'en' : 'lv';
}

/** Picks the text for the locale; Latvian is always present, so it is the fallback. */
export function localised(text: LocalisedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) || text.lv;
}
