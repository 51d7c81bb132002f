import { Pipe, type PipeTransform } from '@angular/core';
import { formatDate } from '../../shared/riga-calendar';

/** `{{ run.startsOn | displayDate }}`: `2026-12-04` → `04.12.2026`. */
@Pipe({ name: 'displayDate' })
export class DisplayDatePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value ? formatDate(value.slice(0, 10)) : '';
  }
}
