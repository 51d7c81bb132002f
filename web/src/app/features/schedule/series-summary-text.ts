import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Recurrence } from '@di/contracts';
import { formatDate } from '../../shared/riga-calendar';
import { everyWeekdaysText } from './series-summary';

/**
 * A series in words: "katru piektdienu, 8 reizes", "ik pēc 2 nedēļām katru pirmdienu un
 * piektdienu, 5 reizes, līdz 29.01.2027". The count is how many dates the series really has.
 */
@Component({
  selector: 'app-series-summary-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@let r = recurrence();
    @if (!r) {
      <ng-container i18n="@@schedule.summary.once">vienreiz</ng-container>
    } @else {
      @if (r.frequency === 'daily') {
        @if (interval() === 1) {
          <ng-container i18n="@@schedule.summary.daily">katru dienu</ng-container>,
        } @else {
          <ng-container i18n="@@schedule.summary.everyNDays">{interval(), plural, one {ik pēc {{ interval() }} dienas} other {ik pēc {{ interval() }} dienām}}</ng-container>,
        }
      } @else {
        @if (interval() === 1) {
          <ng-container i18n="@@schedule.summary.weekly">katru {{ days() }}</ng-container>,
        } @else {
          <ng-container i18n="@@schedule.summary.everyNWeeks">{interval(), plural, one {ik pēc {{ interval() }} nedēļas katru {{ days() }}} other {ik pēc {{ interval() }} nedēļām katru {{ days() }}}}</ng-container>,
        }
      }
      <ng-container i18n="@@schedule.summary.count">{count(), plural, =0 {neviena reize} zero {{{ count() }} reižu} one {{{ count() }} reize} other {{{ count() }} reizes}}</ng-container>
      @if (until(); as until) {, <ng-container i18n="@@schedule.summary.until">līdz {{ until }}</ng-container>}
    }`,
})
export class SeriesSummaryText {
  /** The first session's date, `YYYY-MM-DD`. */
  readonly start = input.required<string>();
  readonly recurrence = input<Recurrence | undefined>();
  /** How many dates the series has (from its preview). */
  readonly count = input.required<number>();

  protected readonly interval = computed(() => Math.max(1, this.recurrence()?.interval ?? 1));
  protected readonly days = computed(() => {
    const recurrence = this.recurrence();
    return recurrence ? everyWeekdaysText(this.start(), recurrence) : '';
  });
  protected readonly until = computed(() => {
    const until = this.recurrence()?.until;
    return until ? formatDate(until) : null;
  });
}
