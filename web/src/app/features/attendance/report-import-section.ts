import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { AttendanceEntry, AttendanceImportResult, AttendanceStatus } from '@di/contracts';
import { toApiError, errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { AttendanceApi } from './attendance-api';
import { attendanceStatusLabel, reportFormatLabel } from './attendance-labels';

/** A report row the trainer matched to a person by hand: marked with the report's minutes. */
export interface ManualMark {
  entry: AttendanceEntry;
  status: AttendanceStatus;
  minutes: number;
}

export const REPORT_ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values';

/** Present from the threshold on, else absent: as the API decides for the rows it matched itself. */
export function statusForMinutes(minutes: number, minMinutes: number): AttendanceStatus {
  return minutes >= minMinutes ? 'present' : 'absent';
}

/**
 * An online meeting's attendance report (Teams, Zoom, Meet): checked first (who it matched, with
 * minutes and the resulting mark; the rows it could not match, each of which the trainer may match
 * to someone on the register by hand), then saved: the report, then the hand-matched marks.
 */
@Component({
  selector: 'app-report-import-section',
  imports: [MatButtonModule],
  templateUrl: './report-import-section.html',
  styleUrl: './report-import-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportImportSection {
  private readonly api = inject(AttendanceApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();

  readonly sessionId = input.required<string>();
  /** The run's threshold (minutes), if it has one; else the API takes the course's share of the session. */
  readonly defaultMinMinutes = input<number | null>(null);
  /** The people who may be marked, to match unmatched rows to. */
  readonly roster = input.required<readonly AttendanceEntry[]>();
  /** The report was saved; these hand-matched marks are for the register to send. */
  readonly imported = output<ManualMark[]>();

  protected readonly accept = REPORT_ACCEPT;
  protected readonly file = signal<File | null>(null);
  /** What the threshold field says; null until the trainer edits it (then the run's threshold shows). */
  private readonly editedMinutes = signal<string | null>(null);
  protected readonly minMinutesText = computed(() => this.editedMinutes() ?? String(this.defaultMinMinutes() ?? ''));
  protected readonly result = signal<AttendanceImportResult | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly saved = signal<{ matched: number; manual: number } | null>(null);
  /** Unmatched row number → enrolment id picked for it. */
  protected readonly picks = signal<ReadonlyMap<number, string>>(new Map());
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');

  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly formatText = computed(() => {
    const result = this.result();
    return result ? reportFormatLabel(result.format) : '';
  });
  private readonly matchedIds = computed(() => new Set((this.result()?.matched ?? []).map((match) => match.enrolmentId)));
  /** Whom an unmatched row may be matched to: not someone the report matched, nor picked for another row. */
  protected readonly choicesFor = (row: number): readonly AttendanceEntry[] => {
    const taken = new Set([...this.picks()].filter(([other]) => other !== row).map(([, id]) => id));
    return this.roster().filter((entry) => !this.matchedIds().has(entry.enrolmentId) && !taken.has(entry.enrolmentId));
  };
  protected readonly manualMarks = computed<ManualMark[]>(() => {
    const result = this.result();
    if (!result) return [];
    const byId = new Map(this.roster().map((entry) => [entry.enrolmentId, entry]));
    return result.unmatched.flatMap((row) => {
      const entry = byId.get(this.picks().get(row.row) ?? '');
      return entry ? [{ entry, status: statusForMinutes(row.minutes, result.minMinutes), minutes: row.minutes }] : [];
    });
  });

  protected chosen(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.reset();
  }

  protected minutesChanged(event: Event): void {
    this.editedMinutes.set((event.target as HTMLInputElement).value.trim());
    this.reset();
  }

  protected pick(row: number, event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const next = new Map(this.picks());
    if (id) next.set(row, id);
    else next.delete(row);
    this.picks.set(next);
  }

  protected pickedFor(row: number): string {
    return this.picks().get(row) ?? '';
  }

  protected manualStatus(minutes: number): string {
    const result = this.result();
    return result ? attendanceStatusLabel(statusForMinutes(minutes, result.minMinutes)) : '';
  }

  protected check(): void {
    this.send(true);
  }

  protected save(): void {
    this.send(false);
  }

  private reset(): void {
    this.result.set(null);
    this.failure.set(null);
    this.saved.set(null);
    this.picks.set(new Map());
  }

  private send(dryRun: boolean): void {
    if (this.busy()) return;
    const file = this.file();
    this.failure.set(null);
    const minMinutes = this.minMinutes();
    if (!file || minMinutes === 'invalid') {
      this.failure.set(
        !file
          ? $localize`:@@reportImport.noFile:Vispirms izvēlieties atskaites failu.`
          : $localize`:@@reportImport.badMinutes:Minūšu slieksnim jābūt veselam skaitlim no 1 līdz 1440.`,
      );
      this.focus.element(this.resultBox);
      return;
    }
    const manual = this.manualMarks();
    this.busy.set(true);
    this.api
      .importReport(this.sessionId(), file, { dryRun, minMinutes })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.busy.set(false);
          if (dryRun) {
            this.result.set(result);
            this.picks.set(new Map());
          } else {
            this.result.set(null);
            this.saved.set({ matched: result.matched.length, manual: manual.length });
            this.imported.emit(manual);
          }
          this.focus.element(this.resultBox);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          const problem = toApiError(error);
          this.failure.set(
            problem.code === 'UNREADABLE_FILE'
              ? $localize`:@@reportImport.unreadable:Šo failu neizdevās nolasīt kā sapulces apmeklējuma atskaiti. Lejupielādējiet atskaiti no Microsoft Teams, Zoom vai Google Meet (CSV) un mēģiniet vēlreiz.`
              : errorMessage(error),
          );
          this.focus.element(this.resultBox);
        },
      });
  }

  /** The threshold field: empty means the run's (or the course's) default. */
  private minMinutes(): number | undefined | 'invalid' {
    const text = this.minMinutesText();
    if (text === '') return undefined;
    const value = Number(text);
    return Number.isInteger(value) && value >= 1 && value <= 1440 ? value : 'invalid';
  }
}
