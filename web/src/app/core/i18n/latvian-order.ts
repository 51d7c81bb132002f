/**
 * The one order of names in the app, whatever the interface language: Latvian (A before Ā before
 * B, Č after C), as the API sorts. Lists, groups and dropdowns all sort with it, so an
 * organisation is in the same place everywhere.
 */
export const LATVIAN_COLLATOR = new Intl.Collator('lv');

/** For `sort`: by `name`, in Latvian order. */
export function byLatvianName(
  a: { readonly name: string },
  b: { readonly name: string },
): number {
  return LATVIAN_COLLATOR.compare(a.name, b.name);
}
