import {
  DestroyRef,
  Directive,
  ElementRef,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';

/**
 * On a scrollable box (`overflow-x: auto`, `tabindex="0"`, a role and a label): tells whether its
 * content is wider than it (`overflowing`, and `data-overflowing` for styles), so the page can show
 * a visible cue that it scrolls sideways. Use as `#cue="scrollCue"`.
 */
@Directive({
  selector: '[appScrollCue]',
  exportAs: 'scrollCue',
  host: { '[attr.data-overflowing]': 'overflowing() ? "true" : null' },
})
export class ScrollCue {
  readonly overflowing = signal(false);

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const check = () =>
      this.overflowing.set(element.scrollWidth > element.clientWidth + 1);
    const view = element.ownerDocument.defaultView;
    let observer: ResizeObserver | undefined;
    afterNextRender(() => {
      check();
      if (view && 'ResizeObserver' in view) {
        observer = new view.ResizeObserver(check);
        observer.observe(element);
        if (element.firstElementChild) {
          observer.observe(element.firstElementChild);
        }
      }
    });
    inject(DestroyRef).onDestroy(() => observer?.disconnect());
  }
}
