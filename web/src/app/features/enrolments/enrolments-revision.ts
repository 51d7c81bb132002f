import { Injectable, signal } from '@angular/core';

/**
 * One page's count of changes to a run's enrolments: every section loads again when any of them
 * changes something (a withdrawal moves the waiting list, an import fills seats). Provided by the page.
 */
@Injectable()
export class EnrolmentsRevision {
  private readonly count = signal(0);
  readonly value = this.count.asReadonly();

  bump(): void {
    this.count.update((value) => value + 1);
  }
}
