import { DOCUMENT, inject, signal } from '@angular/core';
import type { CompletionReportQuery, EnrolmentStatus } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { saveBlob } from '../../shared/save-blob';
import { ReportsApi, type ReportFile } from './reports-api';

/** Downloads a report file with the page's filters: which one is being fetched, and why one failed. Call in an injection context. */
export function reportDownload(query: () => CompletionReportQuery & { status?: EnrolmentStatus }) {
  const api = inject(ReportsApi);
  const document = inject(DOCUMENT);
  const busy = signal<ReportFile | null>(null);
  const failed = signal<string | null>(null);
  const fileNames: Record<ReportFile, string> = {
    'completion.xlsx': $localize`:@@reports.file.completion:pabeigsana`,
    'completion.csv': $localize`:@@reports.file.completion:pabeigsana`,
    'people.xlsx': $localize`:@@reports.file.people:dalibnieki`,
    'people.csv': $localize`:@@reports.file.people:dalibnieki`,
  };
  return {
    busy: busy.asReadonly(),
    failed: failed.asReadonly(),
    download(file: ReportFile): void {
      if (busy()) return;
      busy.set(file);
      failed.set(null);
      api.file(file, query()).subscribe({
        next: (blob) => {
          busy.set(null);
          const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });
          saveBlob(document, blob, `${fileNames[file]}-${today}.${file.split('.')[1]}`);
        },
        error: (error: unknown) => {
          busy.set(null);
          failed.set(errorMessage(error));
        },
      });
    },
  };
}
