import type { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { pageRoutes } from '../../core/routing/page-routes';
import CataloguePage from './catalogue-page';

const parent = WEB_ROUTES.catalogue;

export default [
  ...pageRoutes(
    WEB_ROUTES.catalogue,
    { title: $localize`:@@catalogue.title:Kursi`, component: CataloguePage },
    parent,
  ),
  ...pageRoutes(
    WEB_ROUTES.course,
    {
      title: $localize`:@@course.title:Kurss`,
      loadComponent: () => import('./course-page'),
    },
    parent,
  ),
] satisfies Routes;
