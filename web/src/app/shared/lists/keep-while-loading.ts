import { type Signal, linkedSignal } from '@angular/core';

/**
 * A list page's results: the `fresh` ones once loaded. While new ones load, the previous ones
 * stay (the page marks them busy) instead of flashing away; after a failure there are none.
 */
export function keepWhileLoading<T>(
  fresh: () => T | undefined,
  failed: () => unknown,
): Signal<T | undefined> {
  return linkedSignal<T | undefined, T | undefined>({
    source: fresh,
    computation: (value, previous) =>
      value ?? (failed() ? undefined : previous?.value),
  });
}
