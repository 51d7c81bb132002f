import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/with-permission';
import UsersPage from './users-page';

export default [
  {
    path: '',
    title: $localize`:@@users.title:Lietotāji`,
    component: UsersPage,
  },
  // Before `:id`, which would otherwise take "new" for a person's id.
  ...withPermission('user.create', {
    path: 'new',
    title: $localize`:@@userInvite.title:Uzaicināt lietotāju`,
    loadComponent: () => import('./user-invite-page'),
  }),
  {
    path: ':id',
    title: $localize`:@@user.title:Lietotājs`,
    loadComponent: () => import('./user-edit-page'),
  },
] satisfies Routes;
