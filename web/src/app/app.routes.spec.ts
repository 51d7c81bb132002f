import type { Route, Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { appRoutes } from './app.routes';
import { NO_ACCESS_ROUTE } from './core/auth/with-permission';

/** Feature route files export their routes as the module's default. */
async function childrenOf(route: Route): Promise<Routes> {
  if (route.children) {
    return route.children;
  }
  if (!route.loadChildren) {
    return [];
  }
  const loaded: unknown = await route.loadChildren();
  const routes =
    typeof loaded === 'object' && loaded !== null && 'default' in loaded
      ? loaded.default
      : loaded;
  if (!Array.isArray(routes)) {
    throw new Error(`${route.path} loads no route list`);
  }
  return routes as Routes;
}

/** The full path of every page the router can show, lazy feature routes included. */
async function pagePaths(routes: Routes, base = ''): Promise<string[]> {
  const paths: string[] = [];
  for (const route of routes) {
    if (route.redirectTo !== undefined || route.data?.[NO_ACCESS_ROUTE]) {
      continue;
    }
    const path = [base, route.path ?? ''].filter(Boolean).join('/');
    if (route.component || route.loadComponent) {
      paths.push(path);
    }
    paths.push(...(await pagePaths(await childrenOf(route), path)));
  }
  return paths;
}

describe('the routes', () => {
  const listed = Object.values(WEB_ROUTES).map((route) => route.path);

  it('show exactly the pages of WEB_ROUTES, which the accessibility test visits', async () => {
    const routed = await pagePaths(appRoutes);
    expect(routed).toHaveLength(new Set(routed).size);
    expect([...routed].sort()).toEqual([...listed].sort());
  });

  it('finds a page added anywhere, so one missing from WEB_ROUTES fails the test above', async () => {
    const withExtra: Routes = [
      ...appRoutes,
      {
        path: 'not-a-listed-page',
        loadComponent: () => import('./app').then((m) => m.App),
      },
    ];
    expect(await pagePaths(withExtra)).toContain('not-a-listed-page');
    expect(listed).not.toContain('not-a-listed-page');
  });
});
