import {
  type ElementRef,
  Injector,
  afterNextRender,
  inject,
} from '@angular/core';
import { focusFirstInvalid } from './form-errors';

type ElementQuery = () => ElementRef<HTMLElement> | undefined;

/**
 * Moves focus once the next render has shown what it should land on (an alert, a confirmation,
 * the first invalid field). Call in an injection context.
 */
export function focusAfterRender() {
  const injector = inject(Injector);
  const later = (focus: () => void) => afterNextRender(focus, { injector });
  return {
    /** Focuses the queried element (it needs `tabindex="-1"` unless focusable itself). */
    element: (query: ElementQuery): void => {
      later(() => query()?.nativeElement.focus());
    },
    /** Focuses the first invalid field in the queried form. */
    firstInvalid: (form: ElementQuery): void => {
      later(() => {
        const element = form()?.nativeElement;
        if (element) focusFirstInvalid(element);
      });
    },
  };
}
