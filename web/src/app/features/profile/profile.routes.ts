import type { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { pageRoutes } from '../../core/routing/page-routes';
import ProfilePage from './profile-page';

export default pageRoutes(
  WEB_ROUTES.profile,
  { title: $localize`:@@profile.title:Mans profils`, component: ProfilePage },
  WEB_ROUTES.profile,
) satisfies Routes;
