import type { Routes } from '@angular/router';
import UsersPage from './users-page';

export default [
  {
    path: '',
    title: $localize`:@@users.title:Lietotāji`,
    component: UsersPage,
  },
  {
    path: 'new',
    title: $localize`:@@userInvite.title:Uzaicināt lietotāju`,
    loadComponent: () => import('./user-invite-page'),
  },
  {
    path: ':id',
    title: $localize`:@@user.title:Lietotājs`,
    loadComponent: () => import('./user-edit-page'),
  },
] satisfies Routes;
