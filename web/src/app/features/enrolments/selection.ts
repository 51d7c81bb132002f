import { computed, signal } from '@angular/core';

export type PageSelection = 'all' | 'some' | 'none';

/**
 * Items chosen with checkboxes across pages and searches, in the order chosen (a bulk request
 * handles them in that order), kept with what the page needs to show them afterwards.
 */
export class Selection<T extends { id: string }> {
  private readonly chosen = signal<ReadonlyMap<string, T>>(new Map());
  readonly items = computed(() => [...this.chosen().values()]);
  readonly ids = computed(() => [...this.chosen().keys()]);
  readonly size = computed(() => this.chosen().size);

  has(id: string): boolean {
    return this.chosen().has(id);
  }

  get(id: string): T | undefined {
    return this.chosen().get(id);
  }

  toggle(item: T, on: boolean): void {
    this.setAll([item], on);
  }

  /** Chooses (or lets go of) every one of `items`: "select all on this page". */
  setAll(items: readonly T[], on: boolean): void {
    const next = new Map(this.chosen());
    for (const item of items) {
      if (on) next.set(item.id, item);
      else next.delete(item.id);
    }
    this.chosen.set(next);
  }

  /** How many of a page's items are chosen, for its "select all" checkbox. */
  stateOf(items: readonly T[]): PageSelection {
    const chosen = items.filter((item) => this.has(item.id)).length;
    return chosen === 0 ? 'none' : chosen === items.length ? 'all' : 'some';
  }

  remove(ids: readonly string[]): void {
    const next = new Map(this.chosen());
    for (const id of ids) next.delete(id);
    this.chosen.set(next);
  }

  clear(): void {
    this.chosen.set(new Map());
  }
}
