import { Pipe, PipeTransform } from '@angular/core';
import type { RunStatus } from '@di/contracts';

/** A run's status ("cikls", masculine in Latvian). A Record, so a new status without a label fails to compile. */
export function runStatusLabel(status: RunStatus): string {
  const labels: Record<RunStatus, string> = {
    planned: $localize`:@@run.status.planned:Plānots`,
    open: $localize`:@@run.status.open:Pieteikšanās atvērta`,
    in_progress: $localize`:@@run.status.inProgress:Notiek`,
    completed: $localize`:@@run.status.completed:Noslēdzies`,
    cancelled: $localize`:@@run.status.cancelled:Atcelts`,
  };
  return labels[status];
}

@Pipe({ name: 'runStatusLabel' })
export class RunStatusLabelPipe implements PipeTransform {
  transform(status: RunStatus): string {
    return runStatusLabel(status);
  }
}
