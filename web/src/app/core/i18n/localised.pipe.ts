import { Pipe, PipeTransform, inject } from '@angular/core';
import type { LocalisedText } from '@di/contracts';
import { ACTIVE_LOCALE, localised } from './active-locale';

/** `{{ region.name | localised }}`: a `{lv, en?}` field in the active locale. */
@Pipe({ name: 'localised' })
export class LocalisedPipe implements PipeTransform {
  private readonly locale = inject(ACTIVE_LOCALE);

  transform(text: LocalisedText): string {
    return localised(text, this.locale);
  }
}
