import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
  RouterLink,
  RouterOutlet,
} from '@angular/router';
import { filter, map } from 'rxjs';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { PRODUCT_NAME } from '../title/product-name';
import { focusContentAfterNavigation } from './focus-after-navigation';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** The page frame: skip link, header with navigation and language switch, main, footer. */
@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    MainNav,
    UserMenu,
    LanguageSwitch,
    LoadingIndicator,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly productName = PRODUCT_NAME;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  /** A page (its code, or what its guards wait for) is on its way: slow ones say so. */
  protected readonly navigating = toSignal(
    inject(Router).events.pipe(
      filter(
        (event) =>
          event instanceof NavigationStart ||
          event instanceof NavigationEnd ||
          event instanceof NavigationCancel ||
          event instanceof NavigationError,
      ),
      map((event) => event instanceof NavigationStart),
    ),
    { initialValue: false },
  );

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
