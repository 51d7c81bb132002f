import { inject } from '@angular/core';
import {
  Router,
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type CanMatchFn,
  type RouterStateSnapshot,
  type UrlTree,
} from '@angular/router';
import type { Permission } from '@di/contracts';
import { AuthSession, safeReturnUrl } from './auth-session';

/** `canActivate`/`canActivateChild`: lets signed-in people through; sends others to sign in, with the way back in `returnUrl`. */
export function signedIn(
  _route: ActivatedRouteSnapshot,
  state: RouterStateSnapshot,
): true | UrlTree {
  const session = inject(AuthSession);
  return session.signedIn() ? true : session.signInUrl(state.url);
}

/** For the sign-in page: someone already signed in goes on to where they were heading. */
export const signedOut: CanActivateFn = (route) => {
  const session = inject(AuthSession);
  return session.signedIn()
    ? inject(Router).parseUrl(
        safeReturnUrl(route.queryParamMap.get('returnUrl')),
      )
    : true;
};

/**
 * Matches a route only for people who hold `permission`. Used through `withPermission`, where a
 * second route with the same path then shows the "no access" page at the address asked for.
 */
export function hasPermission(permission: Permission): CanMatchFn {
  return () => inject(AuthSession).can(permission);
}
