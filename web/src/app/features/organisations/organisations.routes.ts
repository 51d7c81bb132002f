import type { Routes } from '@angular/router';
import OrganisationsPage from './organisations-page';

export default [
  {
    path: '',
    title: $localize`:@@org.title:Organizācijas`,
    component: OrganisationsPage,
  },
] satisfies Routes;
