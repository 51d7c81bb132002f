import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';

/**
 * "Show password" for a password field (`matSuffix`), so people can check what they typed.
 * Pressed means the password is shown; the field's `type` follows `visible`.
 */
@Component({
  selector: 'app-password-visibility-toggle',
  template: `
    <button
      type="button"
      class="toggle"
      [attr.aria-pressed]="visible()"
      [attr.aria-controls]="controls()"
      (click)="toggle($event)"
      i18n="@@password.show"
    >
      Rādīt paroli
    </button>
  `,
  styles: `
    .toggle {
      margin-right: 0.25rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--app-border-strong);
      border-radius: 4px;
      background: var(--app-surface);
      color: var(--app-link);
      font: inherit;
      font-size: 0.875rem;
      white-space: nowrap;
      cursor: pointer;
      &[aria-pressed='true'] {
        background: var(--app-surface-variant);
        font-weight: 600;
      }
      &:focus-visible {
        outline: 3px solid var(--app-focus);
        outline-offset: 2px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordVisibilityToggle {
  readonly visible = model(false);
  /** The id of the password input. */
  readonly controls = input.required<string>();

  protected toggle(event: Event): void {
    // The form field would otherwise move focus into the input on any click inside it; it stays
    // here, where the new pressed state is announced.
    event.stopPropagation();
    this.visible.set(!this.visible());
  }
}
