import type { Route, Routes } from '@angular/router';
import type { WebRoute } from '@di/contracts';
import { signedOut } from '../auth/auth.guards';
import { withPermission } from '../auth/with-permission';

/** A page's path below its parent's: `users/new` under `users` is `new`; the parent itself is `''`. */
export function childPath(page: WebRoute, parent?: WebRoute): string {
  if (!parent || page.path === parent.path) {
    return parent ? '' : page.path;
  }
  const prefix = `${parent.path}/`;
  if (!page.path.startsWith(prefix)) {
    throw new Error(`${page.path} is not below ${parent.path}`);
  }
  return page.path.slice(prefix.length);
}

/**
 * The router entries of a page of `WEB_ROUTES`: its path (below `parent`, for a feature's own
 * routes) and what its access asks for. A permission adds the guard and the "no access" stand-in,
 * unless the parent already asks for the same one; permission pages sit under the signed-in guard.
 */
export function pageRoutes(
  page: WebRoute,
  route: Omit<Route, 'path'>,
  parent?: WebRoute,
): Routes {
  const path = childPath(page, parent);
  switch (page.access) {
    case 'public':
      return [{ ...route, path }];
    case 'signed-out':
      return [
        {
          ...route,
          path,
          canActivate: [...(route.canActivate ?? []), signedOut],
        },
      ];
    default:
      return page.access === parent?.access
        ? [{ ...route, path }]
        : withPermission(page.access, { ...route, path });
  }
}
