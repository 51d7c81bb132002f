import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { create } from 'qrcode';

/** Light modules around the symbol, in modules (the standard asks for 4; 1 is enough on a screen). */
const MARGIN = 1;

interface Run {
  x: number;
  y: number;
  width: number;
}

/** The dark modules of `text`'s QR code, each row's neighbours merged into one run. */
export function qrRuns(text: string): { size: number; runs: Run[] } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: Run[] = [];
  for (let y = 0; y < modules.size; y++) {
    let start = -1;
    for (let x = 0; x <= modules.size; x++) {
      const dark = x < modules.size && modules.get(y, x) === 1;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start + MARGIN, y: y + MARGIN, width: x - start });
        start = -1;
      }
    }
  }
  return { size: modules.size + 2 * MARGIN, runs };
}

/** A QR code drawn as SVG rectangles in the template (no HTML from strings), with a text alternative. */
@Component({
  selector: 'app-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      class="qr"
      role="img"
      [attr.viewBox]="'0 0 ' + code().size + ' ' + code().size"
      [attr.aria-label]="label()"
    >
      <rect x="0" y="0" [attr.width]="code().size" [attr.height]="code().size" fill="#ffffff" />
      @for (run of code().runs; track $index) {
        <rect [attr.x]="run.x" [attr.y]="run.y" [attr.width]="run.width" height="1" fill="#000000" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    .qr {
      display: block;
      shape-rendering: crispEdges;
      width: 100%;
      height: auto;
    }
  `,
})
export class QrCode {
  readonly text = input.required<string>();
  /** What the image is for, read instead of it. */
  readonly label = input.required<string>();

  protected readonly code = computed(() => qrRuns(this.text()));
}
