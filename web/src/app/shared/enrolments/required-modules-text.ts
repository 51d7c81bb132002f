import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Apgūti 2 no 3 obligātajiem moduļiem", with the Latvian plural of the number required. */
@Component({
  selector: 'app-required-modules-text',
  template: `<span i18n="@@progress.requiredModules"
    >{required(), plural, =0 {Obligāto moduļu nav} zero {Apguve: {{ done() }} no {{ required() }} obligātajiem moduļiem} one {Apguve: {{ done() }} no {{ required() }} obligātā moduļa} other {Apguve: {{ done() }} no {{ required() }} obligātajiem moduļiem}}</span
  >`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequiredModulesText {
  readonly done = input.required<number>();
  readonly required = input.required<number>();
}
