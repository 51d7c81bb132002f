import type { Route, Routes } from '@angular/router';
import type { Permission } from '@di/contracts';
import { hasPermission } from './auth.guards';

export const NO_ACCESS_TITLE = $localize`:@@noAccess.title:Nav piekļuves`;

/** Marks the "no access" stand-in routes, which are not pages of their own. */
export const NO_ACCESS_ROUTE = 'noAccessFallback';

/**
 * The route for people who hold `permission`, followed by a route with the same path that shows
 * the "no access" page (under the address asked for, so the language switch and Back still work)
 * to everyone else. Both sit under the signed-in guard, which runs first for signed-out visitors.
 */
export function withPermission(
  permission: Permission,
  route: Route & { path: string },
): Routes {
  return [
    {
      ...route,
      canMatch: [...(route.canMatch ?? []), hasPermission(permission)],
    },
    {
      path: route.path,
      data: { [NO_ACCESS_ROUTE]: true },
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
