import {
  DestroyRef,
  type WritableSignal,
  inject,
  linkedSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, debounceTime } from 'rxjs';

export const SEARCH_DEBOUNCE_MS = 250;

export interface DebouncedSearch {
  /** What is in the search box now. */
  readonly text: WritableSignal<string>;
  /** For the box's `(input)`: takes the text, and asks for the search after a pause in typing. */
  input(value: string): void;
  /** Asks for the search now (the form's `(submit)`); nothing if the query would not change. */
  submit(event?: Event): void;
  /** Empties the box (the filters are cleared by the caller). */
  clear(): void;
}

/**
 * The search box of a filter bar, kept in step with the filter's `q` (from the URL). `withText`
 * makes the filter asked for by the typed text; `emit` gets it when its `q` differs from the
 * current one. Call in an injection context.
 */
export function debouncedSearch<F extends { q?: string }>(options: {
  filter: () => F;
  withText: (text: string) => F;
  emit: (filter: F) => void;
}): DebouncedSearch {
  /** The last search asked for here, so its echo from the URL does not undo typing. */
  let requestedQuery: string | undefined;
  const text = linkedSignal<string | undefined, string>({
    source: () => options.filter().q,
    computation: (q, previous) =>
      previous !== undefined && q === requestedQuery
        ? previous.value
        : (q ?? ''),
  });

  const submit = (event?: Event): void => {
    event?.preventDefault();
    const next = options.withText(text());
    if (next.q !== options.filter().q) {
      requestedQuery = next.q;
      options.emit(next);
    }
  };

  const typing = new Subject<void>();
  typing
    .pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe(() => submit());

  return {
    text,
    input: (value) => {
      text.set(value);
      typing.next();
    },
    submit,
    clear: () => {
      requestedQuery = undefined;
      text.set('');
    },
  };
}
