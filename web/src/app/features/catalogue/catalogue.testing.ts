import type {
  Course,
  CourseModule,
  CourseRun,
  CourseSummary,
  Page,
} from '@di/contracts';
import { PROVIDER } from '../../testing/organisations.testing';

/** Test data modelled on the demo catalogue: the VSAC staff cycle and the social mentors'. */
export function courseModule(
  id: string,
  position: number,
  extra: Partial<CourseModule> = {},
): CourseModule {
  return {
    id,
    courseId: 'course-vsac',
    position,
    title: { lv: `Modulis ${position}`, en: `Module ${position}` },
    content: { lv: `## Saturs ${position}` },
    contentHtml: {
      lv: `<h2>Saturs ${position}</h2>`,
      en: `<h2>Content ${position}</h2>`,
    },
    links: [],
    attachments: [],
    estimatedMinutes: 45,
    required: true,
    version: 1,
    ...extra,
  };
}

export const VSAC_COURSE: Course = {
  id: 'course-vsac',
  code: 'VSAC-GRT',
  title: {
    lv: 'VSAC darbinieku apmācību cikls',
    en: 'Training cycle for VSAC staff',
  },
  description: {
    lv: 'Apmācību cikls Valsts sociālās aprūpes centru darbiniekiem.',
    en: 'A training cycle for the staff of State Social Care Centres.',
  },
  audience: 'vsac_staff',
  providerOrganisationId: PROVIDER.id,
  plannedHours: 24,
  completionRule: { minAttendancePercent: 75, requireAllRequiredModules: true },
  status: 'published',
  version: 3,
  modules: [
    // Out of order on purpose: the page orders by position.
    courseModule('m-2', 2, {
      title: { lv: 'Riski un grūtības' },
      estimatedMinutes: 90,
      required: false,
    }),
    courseModule('m-1', 1, { title: { lv: 'Ievads', en: 'Introduction' } }),
    courseModule('m-3', 3, {
      title: { lv: 'Sadarbība' },
      estimatedMinutes: null,
    }),
  ],
};

export function summaryOf(
  course: Course,
  extra: Partial<CourseSummary> = {},
): CourseSummary {
  const { modules, ...rest } = course;
  return {
    ...rest,
    moduleCount: modules.length,
    upcomingRunCount: 1,
    ...extra,
  };
}

export const MENTOR_COURSE: Course = {
  ...VSAC_COURSE,
  id: 'course-mentor',
  code: 'SOC-MENT',
  title: { lv: 'Sociālo mentoru apmācības' },
  description: { lv: 'Pavasara apmācības sociālajiem mentoriem.' },
  audience: 'social_mentor',
  providerOrganisationId: null,
  plannedHours: 40,
  status: 'draft',
  modules: [],
};

export function run(id: string, extra: Partial<CourseRun> = {}): CourseRun {
  return {
    id,
    courseId: VSAC_COURSE.id,
    projectId: null,
    title: { lv: 'VSAC cikls (tiešsaistē)', en: 'VSAC cycle (online)' },
    regionCode: 'RPR',
    organiserOrganisationId: null,
    startsOn: '2026-12-04',
    endsOn: '2027-01-29',
    enrolmentOpensAt: null,
    enrolmentClosesAt: '2026-12-03T16:00:00Z',
    capacity: 50,
    requiresApproval: false,
    waitlistAllowed: true,
    promotionOfferHours: null,
    trainerIds: [],
    onlineAttendanceMinMinutes: 120,
    status: 'open',
    enrolledCount: 3,
    version: 1,
    ...extra,
  };
}

export function pageOf<T>(
  items: T[],
  total = items.length,
  page = 1,
  pageSize = 20,
): Page<T> {
  return { items, total, page, pageSize };
}
