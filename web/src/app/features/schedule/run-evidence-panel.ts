import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { catchError, of } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { FileJob } from '../../shared/files/file-job';
import { saveBlob } from '../../shared/save-blob';
import { EvidenceApi } from './evidence-api';

/**
 * A run's evidence for those who may export it: the participant list as XLSX, the ESF evidence
 * pack (a job: its progress, then the ZIP), and the certificates ZIP for those who may export those.
 */
@Component({
  selector: 'app-run-evidence-panel',
  imports: [MatButtonModule, FileJob],
  templateUrl: './run-evidence-panel.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunEvidencePanel {
  private readonly api = inject(EvidenceApi);
  private readonly auth = inject(AuthSession);
  private readonly document = inject(DOCUMENT);

  readonly runId = input.required<string>();

  protected readonly mayExportEvidence = computed(() => this.auth.can('evidence.export'));
  protected readonly mayExportCertificates = computed(() => this.auth.can('certificate.export'));
  /** The pack asked for earlier (still being made, or made and kept for a while). */
  private readonly latestPack = rxResource({
    params: () => (this.mayExportEvidence() ? this.runId() : undefined),
    stream: ({ params }) => this.api.latestEvidencePack(params).pipe(catchError(() => of(null))),
  });
  protected readonly existingPack = computed(() => (this.latestPack.hasValue() ? this.latestPack.value() : null));
  protected readonly startPack = () => this.api.startEvidencePack(this.runId());
  protected readonly startCertificates = () => this.api.startCertificatesZip(this.runId());

  protected readonly downloadingList = signal(false);
  protected readonly listFailed = signal<string | null>(null);

  protected downloadParticipantList(): void {
    if (this.downloadingList()) return;
    this.downloadingList.set(true);
    this.listFailed.set(null);
    this.api.participantList(this.runId(), 'xlsx').subscribe({
      next: (blob) => {
        this.downloadingList.set(false);
        saveBlob(this.document, blob, 'dalibnieki.xlsx');
      },
      error: (error: unknown) => {
        this.downloadingList.set(false);
        this.listFailed.set(errorMessage(error));
      },
    });
  }
}
