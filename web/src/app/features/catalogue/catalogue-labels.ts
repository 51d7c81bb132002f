import { Pipe, PipeTransform } from '@angular/core';
import type { CourseAudience, CourseStatus } from '@di/contracts';

// Records, so a new audience or status without a label fails to compile.

/** Whom a course is for. */
export function audienceLabel(audience: CourseAudience): string {
  const labels: Record<CourseAudience, string> = {
    vsac_staff: $localize`:@@course.audience.vsacStaff:VSAC darbinieki`,
    social_mentor: $localize`:@@course.audience.socialMentor:Sociālie mentori`,
    specialist: $localize`:@@course.audience.specialist:Speciālisti`,
    any: $localize`:@@course.audience.any:Ikviens`,
  };
  return labels[audience];
}

/** A course's status ("kurss", hence the masculine forms in Latvian). */
export function courseStatusLabel(status: CourseStatus): string {
  const labels: Record<CourseStatus, string> = {
    draft: $localize`:@@course.status.draft:Melnraksts`,
    published: $localize`:@@course.status.published:Publicēts`,
    archived: $localize`:@@course.status.archived:Arhivēts`,
  };
  return labels[status];
}

@Pipe({ name: 'audienceLabel' })
export class AudienceLabelPipe implements PipeTransform {
  transform(audience: CourseAudience): string {
    return audienceLabel(audience);
  }
}

@Pipe({ name: 'courseStatusLabel' })
export class CourseStatusLabelPipe implements PipeTransform {
  transform(status: CourseStatus): string {
    return courseStatusLabel(status);
  }
}
