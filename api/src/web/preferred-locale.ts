import Negotiator from 'negotiator';
import type { Locale } from '@di/contracts';

/** The first of `available` that an `Accept-Language` header asks for, by its q-values; undefined when it asks for none. */
export function preferredLocale(header: string | undefined, available: readonly Locale[]): Locale | undefined {
  return new Negotiator({ headers: { 'accept-language': header } }).language([...available]) as Locale | undefined;
}
