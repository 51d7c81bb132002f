import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';

/**
 * Opens the reason dialog; the observable gives the response once sent, or nothing when the
 * person goes back. Focus returns to what opened it (the caller may move it on). Call in an
 * injection context.
 */
export function reasonDialog() {
  const dialog = inject(MatDialog);
  return <T>(data: ReasonDialogData<T>): Observable<T | undefined> =>
    dialog
      .open<ReasonDialog<T>, ReasonDialogData<T>, T>(ReasonDialog, {
        data,
        autoFocus: 'first-tabbable',
        restoreFocus: true,
        width: '36rem',
        maxWidth: '95vw',
      })
      .afterClosed();
}
