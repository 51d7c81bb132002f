import type { Routes } from '@angular/router';
import type { Course, CourseModule, Problem } from '@di/contracts';

/** The editor's pages as the app routes them. */
export const EDITOR_ROUTES: Routes = [
  { path: 'courses/new', loadComponent: () => import('./course-edit-page') },
  {
    path: 'courses/:id/edit',
    loadComponent: () => import('./course-edit-page'),
  },
  {
    path: 'modules/:id/edit',
    loadComponent: () => import('./module-edit-page'),
  },
];

export function courseModule(
  overrides: Partial<CourseModule> & Pick<CourseModule, 'id' | 'position'>,
): CourseModule {
  return {
    courseId: 'c-vsac',
    title: { lv: `Modulis ${overrides.id}` },
    content: { lv: '' },
    contentHtml: { lv: '' },
    links: [],
    attachments: [],
    estimatedMinutes: 45,
    required: true,
    version: 1,
    ...overrides,
  };
}

export const INTRO = courseModule({
  id: 'm-intro',
  position: 1,
  title: { lv: 'Ievads', en: 'Introduction' },
});
export const RIGHTS = courseModule({
  id: 'm-rights',
  position: 2,
  title: { lv: 'Cilvēktiesības' },
});
export const PRACTICE = courseModule({
  id: 'm-practice',
  position: 3,
  title: { lv: 'Prakse' },
  required: false,
});

export function course(overrides: Partial<Course> = {}): Course {
  return {
    id: 'c-vsac',
    code: 'VSAC-2026',
    title: { lv: 'VSAC darbinieku apmācības', en: 'VSAC staff training' },
    description: { lv: 'Apraksts' },
    audience: 'vsac_staff',
    providerOrganisationId: null,
    plannedHours: 16,
    completionRule: { minAttendancePercent: 80, requireAllRequiredModules: true },
    status: 'draft',
    modules: [INTRO, RIGHTS, PRACTICE],
    version: 4,
    ...overrides,
  };
}

export function problem(
  partial: Partial<Problem> & { status: number },
): Problem {
  return { type: 'about:blank', title: 'Error', detail: 'Error', ...partial };
}
