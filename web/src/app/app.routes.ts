import { Routes } from '@angular/router';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'organisations' },
  {
    path: 'organisations',
    loadChildren: () => import('./features/organisations/organisations.routes'),
  },
  {
    path: '**',
    title: $localize`:@@notFound.title:Lapa nav atrasta`,
    loadComponent: () => import('./core/not-found/not-found-page'),
  },
];
