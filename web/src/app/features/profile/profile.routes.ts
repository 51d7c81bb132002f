import type { Routes } from '@angular/router';
import ProfilePage from './profile-page';

export default [
  {
    path: '',
    title: $localize`:@@profile.title:Mans profils`,
    component: ProfilePage,
  },
] satisfies Routes;
