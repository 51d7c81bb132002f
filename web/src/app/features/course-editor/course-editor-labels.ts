import type { CourseAudience, CourseStatus } from '@di/contracts';

/** The course form's field labels: on the fields and in the error summary. */
export const COURSE_FIELD_LABELS = {
  code: $localize`:@@courseEditor.field.code:Kursa kods`,
  titleLv: $localize`:@@courseEditor.field.titleLv:Nosaukums latviski`,
  titleEn: $localize`:@@courseEditor.field.titleEn:Nosaukums angliski`,
  descriptionLv: $localize`:@@courseEditor.field.descriptionLv:Apraksts latviski (Markdown)`,
  descriptionEn: $localize`:@@courseEditor.field.descriptionEn:Apraksts angliski (Markdown)`,
  audience: $localize`:@@courseEditor.field.audience:Mērķauditorija`,
  provider: $localize`:@@courseEditor.field.provider:Apmācību sniedzēja organizācija`,
  plannedHours: $localize`:@@courseEditor.field.plannedHours:Plānotais apjoms (stundas)`,
  minAttendancePercent: $localize`:@@courseEditor.field.minAttendance:Minimālais apmeklējums (%)`,
  requireAllRequiredModules: $localize`:@@courseEditor.field.requireAll:Jāapgūst visi obligātie moduļi`,
  status: $localize`:@@courseEditor.field.status:Statuss`,
};

/** The module fields' labels (the add form and the module editor). */
export const MODULE_FIELD_LABELS = {
  titleLv: $localize`:@@courseEditor.moduleField.titleLv:Moduļa nosaukums latviski`,
  titleEn: $localize`:@@courseEditor.moduleField.titleEn:Moduļa nosaukums angliski`,
  contentLv: $localize`:@@courseEditor.moduleField.contentLv:Saturs latviski (Markdown)`,
  contentEn: $localize`:@@courseEditor.moduleField.contentEn:Saturs angliski (Markdown)`,
  estimatedMinutes: $localize`:@@courseEditor.moduleField.minutes:Paredzētais laiks (minūtes)`,
  required: $localize`:@@courseEditor.moduleField.required:Obligāts modulis`,
  linkTitle: $localize`:@@courseEditor.moduleField.linkTitle:Saites nosaukums`,
  linkUrl: $localize`:@@courseEditor.moduleField.linkUrl:Saites adrese (URL)`,
};

export function audienceLabel(audience: CourseAudience): string {
  switch (audience) {
    case 'vsac_staff':
      return $localize`:@@courseEditor.audience.vsacStaff:VSAC darbinieki`;
    case 'social_mentor':
      return $localize`:@@courseEditor.audience.socialMentor:Sociālie mentori`;
    case 'specialist':
      return $localize`:@@courseEditor.audience.specialist:Speciālisti`;
    case 'any':
      return $localize`:@@courseEditor.audience.any:Visi`;
  }
}

export function statusLabel(status: CourseStatus): string {
  switch (status) {
    case 'draft':
      return $localize`:@@courseEditor.status.draft:Melnraksts`;
    case 'published':
      return $localize`:@@courseEditor.status.published:Publicēts`;
    case 'archived':
      return $localize`:@@courseEditor.status.archived:Arhivēts`;
  }
}
