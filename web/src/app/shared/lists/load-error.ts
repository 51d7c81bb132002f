import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * What a page says when its data could not be loaded: the heading (the content), why, and a
 * button to try again. Announced at once (`role="alert"`).
 */
@Component({
  selector: 'app-load-error',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="notice notice--error" role="alert">
      <h2 class="notice__heading"><ng-content /></h2>
      <p>{{ detail() }}</p>
      <button mat-flat-button type="button" (click)="retry.emit()" i18n="@@loadError.retry">Mēģināt vēlreiz</button>
    </div>
  `,
})
export class LoadError {
  readonly detail = input.required<string>();
  readonly retry = output<void>();
}
