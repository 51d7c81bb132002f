import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Full page loads, e.g. into another locale's build (a test replaces it). */
@Injectable({ providedIn: 'root' })
export class PageLocation {
  private readonly document = inject(DOCUMENT);

  assign(url: string): void {
    this.document.location.assign(url);
  }
}
