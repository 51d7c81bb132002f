import type { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { pageRoutes } from '../../core/routing/page-routes';
import UsersPage from './users-page';

const parent = WEB_ROUTES.users;

export default [
  ...pageRoutes(
    WEB_ROUTES.users,
    { title: $localize`:@@users.title:Lietotāji`, component: UsersPage },
    parent,
  ),
  // Before `:id`, which would otherwise take "new" for a person's id.
  ...pageRoutes(
    WEB_ROUTES.userInvite,
    {
      title: $localize`:@@userInvite.title:Uzaicināt lietotāju`,
      loadComponent: () => import('./user-invite-page'),
    },
    parent,
  ),
  ...pageRoutes(
    WEB_ROUTES.user,
    {
      title: $localize`:@@user.title:Lietotājs`,
      loadComponent: () => import('./user-edit-page'),
    },
    parent,
  ),
] satisfies Routes;
