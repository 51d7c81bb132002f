import { computed, type Signal } from '@angular/core';
import type { Page } from '@di/contracts';

/** Where a page of a list stands: how many in all, which page of how many, which rows it shows. */
export function pagePosition(data: Signal<Page<unknown> | undefined>, defaultPageSize: number) {
  const total = computed(() => data()?.total ?? 0);
  const firstShown = computed(() => {
    const page = data();
    return page && page.items.length > 0 ? (page.page - 1) * (page.pageSize || defaultPageSize) + 1 : 0;
  });
  return {
    total,
    currentPage: computed(() => data()?.page ?? 1),
    pageCount: computed(() => Math.max(1, Math.ceil(total() / (data()?.pageSize || defaultPageSize)))),
    firstShown,
    lastShown: computed(() => (firstShown() === 0 ? 0 : firstShown() + (data()?.items.length ?? 0) - 1)),
  };
}
