import { TestBed } from '@angular/core/testing';

/** Lets the router, resources and rendering catch up without waiting for open requests. */
export async function settle(rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types into an input or chooses in a select, as a person would. */
export function enter(
  root: ParentNode,
  selector: string,
  value: string,
): HTMLInputElement | HTMLSelectElement {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(
    selector,
  );
  if (!field) {
    throw new Error(`No field ${selector}`);
  }
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
  );
  field.dispatchEvent(new Event('blur'));
  return field;
}

export function submit(root: ParentNode, formSelector = 'form'): void {
  const button = root.querySelector<HTMLButtonElement>(
    `${formSelector} button[type="submit"]`,
  );
  if (!button) {
    throw new Error(`No submit button in ${formSelector}`);
  }
  button.click();
}

/** The error text Angular Material shows for a field, found through its aria-describedby. */
export function describedErrors(field: Element | null): string {
  const ids = (field?.getAttribute('aria-describedby') ?? '').split(/\s+/);
  return ids
    .map((id) => (id ? field?.ownerDocument.getElementById(id) : null))
    .filter((element) =>
      element?.matches('mat-error, .mat-mdc-form-field-error'),
    )
    .map(text)
    .join(' ');
}
