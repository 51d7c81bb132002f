import type { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { pageRoutes } from '../../core/routing/page-routes';
import OrganisationsPage from './organisations-page';

export default pageRoutes(
  WEB_ROUTES.organisations,
  {
    title: $localize`:@@org.title:Organizācijas`,
    component: OrganisationsPage,
  },
  WEB_ROUTES.organisations,
) satisfies Routes;
