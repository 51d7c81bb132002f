import { Routes } from '@angular/router';
import { signedIn, signedOut } from './core/auth/auth.guards';
import { withPermission } from './core/auth/with-permission';

export const appRoutes: Routes = [
  // Public: signing in and setting a password (from an invitation or reset email).
  {
    path: 'sign-in',
    canActivate: [signedOut],
    title: $localize`:@@signIn.title:Pieslēgšanās`,
    loadComponent: () => import('./features/auth/sign-in-page'),
  },
  {
    path: 'set-password',
    title: $localize`:@@setPassword.title:Paroles iestatīšana`,
    loadComponent: () => import('./features/auth/set-password-page'),
  },
  {
    path: 'forgot-password',
    title: $localize`:@@forgotPassword.title:Aizmirsta parole`,
    loadComponent: () => import('./features/auth/forgot-password-page'),
  },
  // Everything else needs a signed-in person.
  {
    path: '',
    canActivateChild: [signedIn],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'organisations' },
      ...withPermission('organisation.read', {
        path: 'organisations',
        loadChildren: () =>
          import('./features/organisations/organisations.routes'),
      }),
      ...withPermission('user.read', {
        path: 'users',
        loadChildren: () => import('./features/users/users.routes'),
      }),
      ...withPermission('profile.read', {
        path: 'profile',
        loadChildren: () => import('./features/profile/profile.routes'),
      }),
    ],
  },
  {
    path: '**',
    title: $localize`:@@notFound.title:Lapa nav atrasta`,
    loadComponent: () => import('./core/not-found/not-found-page'),
  },
];
