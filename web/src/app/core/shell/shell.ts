import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  viewChild,
} from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { PRODUCT_NAME } from '../title/product-name';
import { focusContentAfterNavigation } from './focus-after-navigation';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** The page frame: skip link, header with navigation and language switch, main, footer. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, MainNav, UserMenu, LanguageSwitch],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly productName = PRODUCT_NAME;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    focusContentAfterNavigation(() => this.main().nativeElement);
  }

  /**
   * With `<base href="/lv/">` a bare `#main` link would resolve to `/lv/#main` and leave the page,
   * so the skip link moves focus itself (focusing also scrolls there).
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
