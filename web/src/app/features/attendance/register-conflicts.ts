import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { attendanceStatusLabel } from './attendance-labels';
import type { QueuedMark } from './mark-queue';

/**
 * Marks someone else changed while the trainer's were on their way: both, side by side, and the
 * trainer's choice of which stays. Nothing is sent for them until then.
 */
@Component({
  selector: 'app-register-conflicts',
  imports: [MatButtonModule, RigaDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice notice--error conflicts" aria-labelledby="conflicts-heading" data-testid="register-conflicts">
      <h2 id="conflicts-heading" class="notice__heading" i18n="@@register.conflicts.heading">Atzīmes, ko pa to laiku mainīja kāds cits</h2>
      <p i18n="@@register.conflicts.intro">Jūsu atzīmes šiem dalībniekiem vēl nav saglabātas. Izvēlieties, kuru atzīmi paturēt.</p>
      <ul class="conflicts__list">
        @for (mark of marks(); track mark.enrolmentId) {
          @if (mark.conflict; as current) {
            <li [attr.data-enrolment]="mark.enrolmentId">
              <p class="conflicts__name">{{ current.fullName }}</p>
              <dl class="conflicts__marks">
                <div>
                  <dt i18n="@@register.conflicts.yours">Jūsu atzīme</dt>
                  <dd>{{ label(mark.status) }}@if (mark.minutesAttended !== null) {, <ng-container i18n="@@register.minutesValue">{{ mark.minutesAttended }} min</ng-container>}@if (mark.note) {; {{ mark.note }}}</dd>
                </div>
                <div>
                  <dt i18n="@@register.conflicts.theirs">Saglabātā atzīme</dt>
                  <dd>
                    {{ label(current.status) }}@if (current.minutesAttended !== null) {, <ng-container i18n="@@register.minutesValue">{{ current.minutesAttended }} min</ng-container>}@if (current.note) {; {{ current.note }}}@if (current.markedBy) {<span class="conflicts__who" i18n="@@register.conflicts.markedBy"> (atzīmēja {{ current.markedBy.fullName }} {{ current.markedAt | rigaDate }})</span>}
                  </dd>
                </div>
              </dl>
              <div class="conflicts__actions">
                <button mat-flat-button type="button" (click)="keepMine.emit(mark.enrolmentId)">
                  <ng-container i18n="@@register.conflicts.keepMine">Paturēt manu</ng-container><span class="visually-hidden">: {{ current.fullName }}</span>
                </button>
                <button mat-stroked-button type="button" (click)="takeTheirs.emit(mark.enrolmentId)">
                  <ng-container i18n="@@register.conflicts.takeTheirs">Pieņemt saglabāto</ng-container><span class="visually-hidden">: {{ current.fullName }}</span>
                </button>
              </div>
            </li>
          }
        }
      </ul>
    </section>
  `,
  styles: `
    .conflicts__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .conflicts__list > li {
      padding: 0.75rem 0;
      border-top: 1px solid currentColor;
    }
    .conflicts__name {
      margin: 0 0 0.25rem;
      font-weight: 700;
    }
    .conflicts__marks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
      margin: 0 0 0.5rem;
    }
    .conflicts__marks dt {
      font-weight: 600;
    }
    .conflicts__marks dd {
      margin: 0;
    }
    .conflicts__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class RegisterConflicts {
  readonly marks = input.required<readonly QueuedMark[]>();
  readonly keepMine = output<string>();
  readonly takeTheirs = output<string>();

  protected label = attendanceStatusLabel;
}
