import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';

/**
 * "Show password" for a password field (`matSuffix`), so people can check what they typed.
 * Pressed means the password is shown (the field's `type` follows `visible`), and the button then
 * says "Hide password". `controls` names the input(s) it shows, space-separated.
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
    >
      @if (visible()) {
        <span i18n="@@password.hide">Slēpt paroli</span>
      } @else {
        <span i18n="@@password.show">Rādīt paroli</span>
      }
    </button>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      min-width: 2.75rem;
      min-height: 2.5rem;
      margin: 0 0.25rem;
      padding: 0.375rem 0.625rem;
      border: 1px solid var(--app-border-strong);
      border-radius: 4px;
      background: var(--app-surface);
      color: var(--app-link);
      font: inherit;
      font-size: 0.875rem;
      line-height: 1.25;
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
  /** The id(s) of the password input(s), space-separated. */
  readonly controls = input.required<string>();

  protected toggle(event: Event): void {
    // The form field would otherwise move focus into the input on any click inside it; it stays
    // here, where the new pressed state is announced.
    event.stopPropagation();
    this.visible.set(!this.visible());
  }
}
