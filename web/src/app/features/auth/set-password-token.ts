import { DOCUMENT, inject, Injectable } from '@angular/core';

const STORAGE_KEY = 'di-training.set-password-token';

/**
 * The token of an invitation or password-reset link. It arrives in the fragment
 * (`/set-password#token=…`), which the page then removes from the address bar so it is not left in
 * history or shared with a copied link. Until it is used it stays in this tab's session storage,
 * so a reload or a switch to the other language (a full page load) does not lose it.
 */
@Injectable({ providedIn: 'root' })
export class SetPasswordToken {
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage;

  /** Takes the token from the fragment if there is one, else the one kept earlier. */
  take(fragment: string | null): string | null {
    const fromLink = new URLSearchParams(fragment ?? '').get('token')?.trim();
    if (fromLink) {
      this.write(fromLink);
      return fromLink;
    }
    return this.read();
  }

  forget(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be unavailable (private mode); nothing was kept then.
    }
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private write(token: string): void {
    try {
      this.storage?.setItem(STORAGE_KEY, token);
    } catch {
      // Without storage the token lives only as long as this page.
    }
  }
}
