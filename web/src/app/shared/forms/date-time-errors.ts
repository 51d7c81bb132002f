import type { ValidationErrors } from '@angular/forms';

/**
 * The messages for the errors of Riga date, time and number fields (`date`, `time`, `rigaGap`,
 * `min`, `max`), shared by every form that plans something in time; null for other errors.
 */
export function dateTimeErrorText(errors: ValidationErrors): string | null {
  if (errors['date']) {
    return $localize`:@@schedule.error.date:Ievadiet datumu formā dd.mm.gggg, piemēram, 04.12.2026.`;
  }
  if (errors['time']) {
    return $localize`:@@schedule.error.time:Ievadiet laiku 24 stundu formā hh:mm, piemēram, 14:30.`;
  }
  if (errors['rigaGap']) {
    return $localize`:@@schedule.error.rigaGap:Šis laiks Rīgā neeksistē: pavasarī pulksteņus pagriež no 03:00 uz 04:00. Izvēlieties citu laiku.`;
  }
  if (errors['min']) {
    return $localize`:@@schedule.error.min:Ievadiet skaitli, kas nav mazāks par ${errors['min'].min}:min:.`;
  }
  if (errors['max']) {
    return $localize`:@@schedule.error.max:Ievadiet skaitli, kas nav lielāks par ${errors['max'].max}:max:.`;
  }
  return null;
}
