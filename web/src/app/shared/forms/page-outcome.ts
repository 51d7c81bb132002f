import {
  Injectable,
  type Signal,
  computed,
  inject,
  signal,
} from '@angular/core';

/** Which outcome on the page is the latest: only that one is shown. */
@Injectable({ providedIn: 'root' })
export class LatestOutcome {
  readonly owner = signal<object | null>(null);
}

export interface PageOutcome<T> {
  /** This outcome, while it is the page's latest; else null. */
  readonly value: Signal<T | null>;
  /** Shows `value` (and hides every other outcome on the page); null hides this one. */
  set(value: T | null): void;
}

/**
 * The result of a save or another action ("Changes saved", "Invitation sent"), told once: when
 * another form or action on the page reports its own, this one goes, so a success notice never
 * stays beside later, unrelated saves. Call in an injection context.
 */
export function pageOutcome<T>(initial: T | null = null): PageOutcome<T> {
  const latest = inject(LatestOutcome);
  const token = {};
  const local = signal<T | null>(initial);
  if (initial !== null) {
    latest.owner.set(token);
  }
  return {
    value: computed(() => (latest.owner() === token ? local() : null)),
    set: (value) => {
      local.set(value);
      if (value !== null) {
        latest.owner.set(token);
      }
    },
  };
}
