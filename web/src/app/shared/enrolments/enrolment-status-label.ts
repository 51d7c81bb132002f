import { Pipe, type PipeTransform } from '@angular/core';
import type { EnrolmentStatus } from '@di/contracts';

/**
 * An enrolment's status, as a participant and a coordinator read it. A Record, so a new status
 * without a label fails to compile.
 */
export function enrolmentStatusLabel(status: EnrolmentStatus): string {
  const labels: Record<EnrolmentStatus, string> = {
    requested: $localize`:@@enrolment.status.requested:Gaida apstiprinājumu`,
    enrolled: $localize`:@@enrolment.status.enrolled:Dalība apstiprināta`,
    waitlisted: $localize`:@@enrolment.status.waitlisted:Gaidīšanas sarakstā`,
    rejected: $localize`:@@enrolment.status.rejected:Pieteikums noraidīts`,
    withdrawn: $localize`:@@enrolment.status.withdrawn:Dalība atsaukta`,
    completed: $localize`:@@enrolment.status.completed:Kurss pabeigts`,
    not_completed: $localize`:@@enrolment.status.notCompleted:Kurss nav pabeigts`,
  };
  return labels[status];
}

@Pipe({ name: 'enrolmentStatusLabel' })
export class EnrolmentStatusLabelPipe implements PipeTransform {
  transform(status: EnrolmentStatus): string {
    return enrolmentStatusLabel(status);
  }
}
