import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-no-access-page',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@noAccess.heading">Nav piekļuves</h1>
    <p i18n="@@noAccess.text">
      Jums nav piekļuves šai lapai. Ja tā jums vajadzīga darbā, sazinieties ar
      sava plānošanas reģiona koordinatoru vai platformas administratoru.
    </p>
    <p>
      <a routerLink="/" i18n="@@noAccess.home">Uz sākumlapu</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NoAccessPage {}
