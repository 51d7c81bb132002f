import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { SessionRegister } from '@di/contracts';

const KEY_PREFIX = 'di-training-register:';

/** The last register the server gave for each session, so that the page still shows it offline. */
@Injectable({ providedIn: 'root' })
export class RegisterCache {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;

  save(register: SessionRegister): void {
    try {
      this.storage?.setItem(KEY_PREFIX + register.session.id, JSON.stringify(register));
    } catch {
      // Storage full or refused: the page works on, only not after a reload offline.
    }
  }

  load(sessionId: string): SessionRegister | null {
    try {
      const value = JSON.parse(this.storage?.getItem(KEY_PREFIX + sessionId) ?? 'null') as SessionRegister | null;
      return value && Array.isArray(value.entries) && value.session?.id === sessionId ? value : null;
    } catch {
      return null;
    }
  }
}
