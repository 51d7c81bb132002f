import type { Route, Routes } from '@angular/router';
import type { Role } from '@di/contracts';
import { hasAnyRole } from './auth.guards';

export const NO_ACCESS_TITLE = $localize`:@@noAccess.title:Nav piekļuves`;

/**
 * The route for people with one of `roles`, followed by a route with the same path that shows
 * the "no access" page (under the address asked for, so the language switch and Back still work)
 * to everyone else. Both sit under the signed-in guard, which runs first for signed-out visitors.
 */
export function withRoles(
  roles: readonly Role[],
  route: Route & { path: string },
): Routes {
  return [
    { ...route, canMatch: [...(route.canMatch ?? []), hasAnyRole(roles)] },
    {
      path: route.path,
      children: [
        {
          path: '**',
          title: NO_ACCESS_TITLE,
          loadComponent: () => import('./no-access-page'),
        },
      ],
    },
  ];
}
