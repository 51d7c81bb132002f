import type { Permission } from './permissions';

/** Paths of the HTTP API, relative to the origin. */
export const API_PATHS = {
  health: '/api/health',
  regions: '/api/regions',
  organisations: '/api/organisations',
  organisation: (id: string) => `/api/organisations/${encodeURIComponent(id)}`,
  login: '/api/auth/login',
  refresh: '/api/auth/refresh',
  logout: '/api/auth/logout',
  /** POST `SetPasswordRequest`: set a password with the token from an invitation or reset email. */
  setPassword: '/api/auth/password',
  passwordResetRequest: '/api/auth/password-reset',
  me: '/api/me',
  mePermissions: '/api/me/permissions',
  mePassword: '/api/me/password',
  users: '/api/users',
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
  userInvitation: (id: string) => `/api/users/${encodeURIComponent(id)}/invitation`,
  userHistory: (id: string) => `/api/users/${encodeURIComponent(id)}/history`,
  /** GET `MailDelivery` (anyone): whether mail is sent, only shown in the demo mailbox, or not configured. */
  mailDelivery: '/api/mail/delivery',
  mailOutbox: '/api/mail/outbox',
  failedJobs: '/api/jobs/failed',
  jobRetry: (id: string) => `/api/jobs/${encodeURIComponent(id)}/retry`,
  projects: '/api/projects',
  project: (id: string) => `/api/projects/${encodeURIComponent(id)}`,
  courses: '/api/courses',
  course: (id: string) => `/api/courses/${encodeURIComponent(id)}`,
  courseModules: (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/modules`,
  /** PUT `ReorderModulesRequest`: the whole new order in one request. */
  courseModuleOrder: (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/modules/order`,
  module: (id: string) => `/api/modules/${encodeURIComponent(id)}`,
  /** POST a file as the request body with its Content-Type (`?fileName=`): a new attachment of the module. */
  moduleAttachments: (moduleId: string) => `/api/modules/${encodeURIComponent(moduleId)}/attachments`,
  /** GET downloads it (`Content-Disposition: attachment`); DELETE removes it. */
  attachment: (id: string) => `/api/attachments/${encodeURIComponent(id)}`,
  /** POST `MarkdownPreviewRequest` → `MarkdownPreview`. */
  markdownPreview: '/api/markdown/preview',
  courseRuns: (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/runs`,
  runs: '/api/runs',
  run: (id: string) => `/api/runs/${encodeURIComponent(id)}`,
  runSessions: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/sessions`,
  session: (id: string) => `/api/sessions/${encodeURIComponent(id)}`,
  sessionCancel: (id: string) => `/api/sessions/${encodeURIComponent(id)}/cancel`,
  /** One session as an iCalendar file. */
  sessionIcs: (id: string) => `/api/sessions/${encodeURIComponent(id)}.ics`,
  /** GET `{ items: CalendarSession[] }` `?from=&to=&as=participant|trainer`. */
  meSessions: '/api/me/sessions',
  /** GET `CalendarFeed` (created on first ask); DELETE revokes it. */
  meCalendarFeed: '/api/me/calendar-feed',
  /** POST: a new secret address; the old one stops working. */
  meCalendarFeedRenew: '/api/me/calendar-feed/renew',
  /** GET a page of `Enrolment` (with `position`); POST `CreateEnrolmentRequest` → `Enrolment` (201). */
  runEnrolments: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/enrolments`,
  /** POST `BulkEnrolmentRequest` → `BulkEnrolmentResponse`. */
  runEnrolmentsBulk: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/enrolments/bulk`,
  /** POST a CSV or XLSX file as the body (`?dryRun=true`, `?partial=true`) → `EnrolmentImportResponse`. */
  runEnrolmentsImport: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/enrolments/import`,
  /** GET `EnrolmentOptions`: what the caller may do about the run. */
  runEnrolmentOptions: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/enrolment-options`,
  /** GET `RunSeats`: capacity, taken, held and free, per facility. */
  runSeats: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/seats`,
  /** GET `SeatReservation[]`; PUT `SeatReservationInput[]` (If-Match: the run's version). */
  runReservations: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/reservations`,
  /** GET a page of `Enrolment` the caller may read (`?status=requested` for pending requests). */
  enrolments: '/api/enrolments',
  /** POST `EnrolmentDecisionRequest` → `BulkEnrolmentResponse`. */
  enrolmentDecisions: '/api/enrolments/decisions',
  /** PATCH `UpdateEnrolmentRequest` → `Enrolment`. */
  enrolment: (id: string) => `/api/enrolments/${encodeURIComponent(id)}`,
  enrolmentHistory: (id: string) => `/api/enrolments/${encodeURIComponent(id)}/history`,
  /** GET a page of `MyEnrolment`. */
  meEnrolments: '/api/me/enrolments',
  /** GET `SessionRegister`; PUT `AttendanceMark[]` → `SessionRegister` (409 `STALE_UPDATE` with `conflicts`). */
  sessionAttendance: (id: string) => `/api/sessions/${encodeURIComponent(id)}/attendance`,
  /** POST an online meeting's report (body or multipart `file`; `?dryRun=true`, `?minMinutes=`) → `AttendanceImportResult`. */
  sessionAttendanceImport: (id: string) => `/api/sessions/${encodeURIComponent(id)}/attendance/import`,
  /** GET the current `CheckInCode` (404 when none); POST a new one. */
  sessionCheckInCode: (id: string) => `/api/sessions/${encodeURIComponent(id)}/check-in-code`,
  /** POST `CheckInRequest` → the caller's `AttendanceEntry`. */
  sessionCheckIn: (id: string) => `/api/sessions/${encodeURIComponent(id)}/check-in`,
  /** POST marks the module done for the caller, DELETE not done → `EnrolmentProgress[]` (each of the caller's enrolments in the course). */
  moduleCompletion: (id: string) => `/api/modules/${encodeURIComponent(id)}/completion`,
  /** GET `EnrolmentProgress`. */
  enrolmentProgress: (id: string) => `/api/enrolments/${encodeURIComponent(id)}/progress`,
  /** GET the certificate as a PDF (once completed). */
  enrolmentCertificate: (id: string) => `/api/enrolments/${encodeURIComponent(id)}/certificate.pdf`,
  /** GET `CertificateVerification` (public). */
  certificate: (code: string) => `/api/certificates/${encodeURIComponent(code)}`,
  /** GET the run's valid certificates as one ZIP (up to 100 at once); POST starts a job → `GeneratedFile` (202). */
  runCertificates: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/certificates.zip`,
  /** POST starts the run's ESF evidence pack → `GeneratedFile` (202); GET the caller's latest one (404 when none). */
  runEvidencePack: (runId: string) => `/api/runs/${encodeURIComponent(runId)}/evidence-pack`,
  /** GET the run's participant list (who held a seat, attendance, completion, certificate) as a file. */
  runParticipantList: (runId: string, format: 'xlsx' | 'csv') => `/api/runs/${encodeURIComponent(runId)}/participants.${format}`,
  /** GET `CompletionReport` (`CompletionReportQuery`); `Accept: text/csv` for the rows as CSV. */
  reportCompletion: '/api/reports/completion',
  /** GET `Page<CompletionPerson>`: the people behind the report, with `status`, `page`, `pageSize`. */
  reportPeople: '/api/reports/completion/people',
  /** GET `Page<AtRiskPerson>`. */
  reportAtRisk: '/api/reports/at-risk',
  /** GET `Page<RunOverview>`: the caller's runs at a glance. */
  reportRuns: '/api/reports/runs',
  /** GET the report (`completion.*`) or its people (`people.*`) as a file, with the same filters. */
  reportFile: (file: 'completion.xlsx' | 'completion.csv' | 'people.xlsx' | 'people.csv') =>
    file.startsWith('people') ? `/api/reports/completion/${file}` : `/api/reports/${file}`,
  /** GET `MyEsfEntry[]`: projects asking the caller for ESF entry data; PUT `/:projectId` answers. */
  meEsfEntries: '/api/me/esf-entries',
  meEsfEntry: (projectId: string) => `/api/me/esf-entries/${encodeURIComponent(projectId)}`,
  /** GET `EsfParticipantReport`; `.csv` / `.xlsx`: each participant once, in the yearly report's layout. */
  projectParticipantReport: (projectId: string, format?: 'csv' | 'xlsx') =>
    `/api/projects/${encodeURIComponent(projectId)}/participant-report${format ? `.${format}` : ''}`,
  /** GET a `GeneratedFile` the caller asked for (its progress). */
  generatedFile: (id: string) => `/api/files/${encodeURIComponent(id)}`,
  /** GET the file, once done. */
  generatedFileContent: (id: string) => `/api/files/${encodeURIComponent(id)}/content`,
} as const;

/**
 * Paths of the web app that emails link to, relative to a locale's base (`/lv`, `/en`).
 * The token travels in the fragment, which browsers never send to a server or in a Referer.
 */
export const WEB_PATHS = {
  setPassword: (token: string) => `/set-password#token=${encodeURIComponent(token)}`,
  /** The public page that verifies a certificate (printed on it as text and as a QR code). */
  certificate: (code: string) => `/certificates/${encodeURIComponent(code)}`,
  /** The check-in page a session's QR code opens; the code travels in the fragment. */
  checkIn: (sessionId: string, code: string) => `/sessions/${encodeURIComponent(sessionId)}/check-in#code=${encodeURIComponent(code)}`,
} as const;

/** Who may open a page: anyone, only someone signed out, or a signed-in person with a permission. */
export type WebRouteAccess = 'public' | 'signed-out' | Permission;

export interface WebRoute {
  /** The router's path under a locale's base (`/lv/`, `/en/`), with `:params`; `**` is "not found". */
  readonly path: string;
  readonly access: WebRouteAccess;
}

/**
 * Every page of the web app. The web's router is built from these (a web test fails for a routed
 * page missing here) and the accessibility test visits each, so no page is left out of either.
 */
export const WEB_ROUTES = {
  signIn: { path: 'sign-in', access: 'signed-out' },
  setPassword: { path: 'set-password', access: 'public' },
  forgotPassword: { path: 'forgot-password', access: 'public' },
  organisations: { path: 'organisations', access: 'organisation.read' },
  users: { path: 'users', access: 'user.read' },
  userInvite: { path: 'users/new', access: 'user.create' },
  user: { path: 'users/:id', access: 'user.read' },
  profile: { path: 'profile', access: 'profile.read' },
  /** The messages of a demo run, which were not sent (linked in the navigation only in demo mode). */
  demoMailbox: { path: 'demo-mailbox', access: 'mail.outbox.read' },
  mySessions: { path: 'my-sessions', access: 'calendar.read' },
  /** A trainer's sessions (linked in the navigation only for trainers). */
  mySchedule: { path: 'my-schedule', access: 'calendar.read' },
  /** The course catalogue (participants see published courses only), a course, a module's reader. */
  catalogue: { path: 'courses', access: 'course.read' },
  course: { path: 'courses/:id', access: 'course.read' },
  module: { path: 'modules/:id', access: 'course.read' },
  /** A new run of the course `:id`. */
  runNew: { path: 'courses/:id/runs/new', access: 'run.create' },
  runEdit: { path: 'runs/:id/edit', access: 'run.update' },
  /** A run with its sessions. */
  run: { path: 'runs/:id', access: 'run.read' },
  /** A run's enrolments for those who manage them: the list, the waiting list, staff to enrol, the file import, reserved seats. */
  runEnrolments: { path: 'runs/:id/enrolments', access: 'enrolment.manage' },
  /** Requests waiting for the caller's approval, across runs. */
  pendingRequests: { path: 'enrolment-requests', access: 'enrolment.approve' },
  /** The caller's own enrolments. */
  myEnrolments: { path: 'my-enrolments', access: 'enrolment.create' },
  /** The trainer's schedule editor: sessions and series of a run. */
  runSchedule: { path: 'runs/:id/schedule', access: 'session.create' },
  /** A session's register: marking by keyboard, offline with a queue, an online meeting's report imported. */
  sessionRegister: { path: 'sessions/:id/attendance', access: 'attendance.read' },
  /** The check-in code (and its QR code) the trainer shows in the room. */
  sessionCheckInCode: { path: 'sessions/:id/check-in-code', access: 'attendance.mark' },
  /** Where a participant enters the code (the QR code opens it with the code in the fragment). */
  sessionCheckIn: { path: 'sessions/:id/check-in', access: 'attendance.check_in' },
  /** Public verification of a certificate by its code (printed on it as a URL and a QR code). */
  certificateVerification: { path: 'certificates/:code', access: 'public' },
  /** Completion per region and organisation with a chart, what needs attention, the files (before `reports/:x` pages). */
  reports: { path: 'reports', access: 'report.read' },
  /** The people behind a report's row: an organisation's staff with their progress. */
  reportPeople: { path: 'reports/people', access: 'report.read' },
  /** Runs at a glance: a trainer's runs, a coordinator's runs (seats, attendance, completions, at risk). */
  reportRuns: { path: 'reports/runs', access: 'report.runs.read' },
  /** The caller's answers to the ESF entry questions of the projects whose courses they take. */
  myEsfData: { path: 'my-esf-data', access: 'profile.read' },
  /** A project's ESF participant report, and whether the project collects the data. */
  participantReport: { path: 'projects/:id/participant-report', access: 'esf.report.read' },
  /** The admin's course editor (before `courses/:id`) and module editor. */
  courseNew: { path: 'courses/new', access: 'course.write' },
  courseEdit: { path: 'courses/:id/edit', access: 'course.write' },
  moduleEdit: { path: 'modules/:id/edit', access: 'module.write' },
  notFound: { path: '**', access: 'public' },
} as const satisfies Record<string, WebRoute>;
export type WebRouteName = keyof typeof WEB_ROUTES;
