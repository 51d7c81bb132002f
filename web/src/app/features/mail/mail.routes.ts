import type { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { pageRoutes } from '../../core/routing/page-routes';
import DemoMailboxPage from './demo-mailbox-page';

export default pageRoutes(
  WEB_ROUTES.demoMailbox,
  {
    title: $localize`:@@mailbox.title:Demo pastkastīte`,
    component: DemoMailboxPage,
  },
  WEB_ROUTES.demoMailbox,
) satisfies Routes;
