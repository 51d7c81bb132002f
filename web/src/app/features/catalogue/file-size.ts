import type { Locale } from '@di/contracts';

/** A file's size for people: `512 B`, `12,3 KB`, `4,5 MB` (decimal comma in Latvian). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', {
      maximumFractionDigits: 1,
    }).format(value);
  if (bytes < 1024) {
    return `${format(bytes)} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${format(bytes / 1024)} KB`;
  }
  return `${format(bytes / (1024 * 1024))} MB`;
}
