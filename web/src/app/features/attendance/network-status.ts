import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';

/**
 * Whether the browser can reach the server: `navigator.onLine` and its events, and also a request
 * that failed without an answer (status 0), which the browser may not have noticed.
 */
@Injectable()
export class NetworkStatus {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal(this.window?.navigator.onLine ?? true);
  readonly online = this.state.asReadonly();
  private readonly comeBack: (() => void)[] = [];

  constructor() {
    const goOnline = () => {
      this.state.set(true);
      for (const listener of this.comeBack) listener();
    };
    const goOffline = () => this.state.set(false);
    this.window?.addEventListener('online', goOnline);
    this.window?.addEventListener('offline', goOffline);
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', goOnline);
      this.window?.removeEventListener('offline', goOffline);
    });
  }

  /** A request got no answer. */
  lost(): void {
    this.state.set(false);
  }

  /** A request got an answer. */
  reached(): void {
    this.state.set(true);
  }

  /** Called when the browser says the connection is back. */
  whenBack(listener: () => void): void {
    this.comeBack.push(listener);
  }
}
