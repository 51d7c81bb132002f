import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { formatRigaDateTime } from '../../shared/riga-date.pipe';
import { rigaParts } from '../../shared/riga-calendar';
import type { OtherSession } from './session-problems';

/** The session a conflict names: its run and its Riga time, `dd.MM.yyyy HH:mm–HH:mm`. */
@Component({
  selector: 'app-other-session-text',
  imports: [LocalisedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@let other = session();
    @if (other.runTitle) {
      <q>{{ other.runTitle | localised }}</q>@if (when()) {, }
    }{{ when() }}@if (other.venue) {, {{ other.venue }}}`,
})
export class OtherSessionText {
  readonly session = input.required<OtherSession>();

  protected readonly when = computed(() => {
    const { startsAt, endsAt } = this.session();
    if (!startsAt) return '';
    const start = formatRigaDateTime(startsAt);
    if (!endsAt) return start;
    const end = rigaParts(endsAt);
    return rigaParts(startsAt).date === end.date
      ? `${start}–${end.time}`
      : `${start} – ${formatRigaDateTime(endsAt)}`;
  });
}
