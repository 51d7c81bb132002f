import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import * as Plot from '@observablehq/plot';
import type { CompletionRow } from '@di/contracts';

export interface ChartBar {
  label: string;
  /** 0–100. */
  completedPercent: number;
  attendancePercent: number;
}

export function chartBars(rows: readonly CompletionRow[]): ChartBar[] {
  return rows.map((row) => ({
    label: row.label || '—',
    completedPercent: Math.round(row.completionRate * 1000) / 10,
    attendancePercent: row.averageAttendancePercent,
  }));
}

/**
 * Completion per group as horizontal bars (Observable Plot's SVG). The picture is one image
 * with a summary for screen readers; the table beside it holds every number (`describedBy`).
 */
@Component({
  selector: 'app-completion-chart',
  template: `<figure class="chart">
    <div #canvas></div>
    <figcaption class="chart__caption">{{ caption() }}</figcaption>
  </figure>`,
  styles: `
    .chart { margin: 0 0 1.5rem; max-width: 100%; overflow-x: auto; }
    .chart__caption { font-size: 0.875rem; color: var(--mat-sys-on-surface-variant, #44474e); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletionChart {
  readonly rows = input.required<readonly CompletionRow[]>();
  /** What the picture shows, in words (also its accessible name). */
  readonly caption = input.required<string>();
  /** The id of the table with the same numbers. */
  readonly describedBy = input.required<string>();
  readonly axisLabel = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly host = inject(ElementRef<HTMLElement>);

  constructor() {
    effect(() => {
      const bars = chartBars(this.rows());
      const width = Math.max(320, Math.min(900, (this.host.nativeElement as HTMLElement).clientWidth || 640));
      const svg = Plot.plot({
        width,
        height: 40 + bars.length * 28,
        marginLeft: Math.min(260, 12 + Math.max(...bars.map((bar) => bar.label.length), 4) * 7),
        x: { domain: [0, 100], label: this.axisLabel(), grid: true },
        y: { label: null },
        marks: [
          Plot.barX(bars, { x: 'completedPercent', y: 'label', fill: '#1b5e9e', sort: { y: null } }),
          Plot.text(bars, { x: 'completedPercent', y: 'label', text: (bar: ChartBar) => `${bar.completedPercent} %`, textAnchor: 'start', dx: 4, fill: '#1a1c1e' }),
          Plot.ruleX([0]),
        ],
      });
      // One image with one name: Plot's labels on its groups ("bar", "rule") would be read as parts of nothing.
      for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
        part.removeAttribute('aria-label');
        part.removeAttribute('aria-description');
      }
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this.caption());
      svg.setAttribute('aria-describedby', this.describedBy());
      svg.removeAttribute('aria-hidden');
      this.canvas().nativeElement.replaceChildren(svg);
    });
  }
}
