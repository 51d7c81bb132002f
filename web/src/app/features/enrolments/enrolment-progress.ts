import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { EnrolmentProgress } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { CompletionApi } from '../../shared/enrolments/completion-api';
import { RequiredModulesText } from '../../shared/enrolments/required-modules-text';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { saveBlob } from '../../shared/save-blob';

/** The sessions to attend: the rule's share of the planned sessions, rounded up. */
export function sessionsNeeded(progress: Pick<EnrolmentProgress, 'minAttendancePercent' | 'sessionsPlanned'>): number {
  return Math.ceil((progress.minAttendancePercent * progress.sessionsPlanned) / 100);
}

/** One enrolment's way to completion: attendance, required modules, the outcome and the certificate. */
@Component({
  selector: 'app-enrolment-progress',
  imports: [MatButtonModule, RouterLink, RequiredModulesText, RigaDatePipe],
  templateUrl: './enrolment-progress.html',
  styleUrl: './enrolment-progress.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentProgressView {
  private readonly api = inject(CompletionApi);
  private readonly document = inject(DOCUMENT);

  readonly progress = input.required<EnrolmentProgress>();

  protected readonly needed = computed(() => sessionsNeeded(this.progress()));
  protected readonly attendanceId = computed(() => `attendance-${this.progress().enrolmentId}`);
  protected readonly downloading = signal(false);
  protected readonly downloadFailed = signal<string | null>(null);

  protected downloadCertificate(): void {
    const { enrolmentId, certificateCode } = this.progress();
    if (this.downloading()) return;
    this.downloading.set(true);
    this.downloadFailed.set(null);
    this.api.certificate(enrolmentId).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveBlob(this.document, blob, `apliecība-${certificateCode ?? enrolmentId}.pdf`);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.downloadFailed.set(errorMessage(error));
      },
    });
  }
}
