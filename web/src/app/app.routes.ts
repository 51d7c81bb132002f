import { Routes } from '@angular/router';
import { WEB_ROUTES } from '@di/contracts';
import { signedIn } from './core/auth/auth.guards';
import { pageRoutes } from './core/routing/page-routes';

/** Every page is in `WEB_ROUTES` (app-routes.spec.ts fails otherwise), which the axe test visits. */
export const appRoutes: Routes = [
  // Public: signing in and setting a password (from an invitation or reset email).
  ...pageRoutes(WEB_ROUTES.signIn, {
    title: $localize`:@@signIn.title:Pieslēgšanās`,
    loadComponent: () => import('./features/auth/sign-in-page'),
  }),
  ...pageRoutes(WEB_ROUTES.setPassword, {
    title: $localize`:@@setPassword.title:Paroles iestatīšana`,
    loadComponent: () => import('./features/auth/set-password-page'),
  }),
  ...pageRoutes(WEB_ROUTES.forgotPassword, {
    title: $localize`:@@forgotPassword.title:Aizmirsta parole`,
    loadComponent: () => import('./features/auth/forgot-password-page'),
  }),
  // Public, signed in or not: verifying a certificate by its code (printed on it as a URL and a QR code).
  ...pageRoutes(WEB_ROUTES.certificateVerification, {
    title: $localize`:@@certificate.title:Apliecības pārbaude`,
    loadComponent: () => import('./features/certificates/certificate-verification-page'),
  }),
  // Everything else needs a signed-in person.
  {
    path: '',
    canActivateChild: [signedIn],
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: WEB_ROUTES.organisations.path,
      },
      ...pageRoutes(WEB_ROUTES.organisations, {
        loadChildren: () =>
          import('./features/organisations/organisations.routes'),
      }),
      ...pageRoutes(WEB_ROUTES.users, {
        loadChildren: () => import('./features/users/users.routes'),
      }),
      ...pageRoutes(WEB_ROUTES.profile, {
        loadChildren: () => import('./features/profile/profile.routes'),
      }),
      ...pageRoutes(WEB_ROUTES.demoMailbox, {
        loadChildren: () => import('./features/mail/mail.routes'),
      }),
      // A run's form, enrolments and schedule editor before the run page's `runs/:id` (and the catalogue's `courses/:id`).
      ...pageRoutes(WEB_ROUTES.runNew, {
        title: $localize`:@@runForm.new.title:Jauns apmācību cikls`,
        data: { runForm: 'new' },
        loadComponent: () => import('./features/schedule/run-form-page'),
      }),
      ...pageRoutes(WEB_ROUTES.runEdit, {
        title: $localize`:@@runForm.edit.title:Cikla maiņa`,
        data: { runForm: 'edit' },
        loadComponent: () => import('./features/schedule/run-form-page'),
      }),
      ...pageRoutes(WEB_ROUTES.runEnrolments, {
        title: $localize`:@@runEnrolments.title:Cikla dalībnieki`,
        loadComponent: () => import('./features/enrolments/run-enrolments-page'),
      }),
      ...pageRoutes(WEB_ROUTES.runSchedule, {
        title: $localize`:@@schedule.title:Nodarbību grafiks`,
        loadComponent: () => import('./features/schedule/schedule-page'),
      }),
      ...pageRoutes(WEB_ROUTES.run, {
        title: $localize`:@@run.title:Apmācību cikls`,
        loadComponent: () => import('./features/schedule/run-page'),
      }),
      ...pageRoutes(WEB_ROUTES.reportPeople, {
        title: $localize`:@@reportPeople.title:Pārskata dalībnieki`,
        loadComponent: () => import('./features/reports/report-people-page'),
      }),
      ...pageRoutes(WEB_ROUTES.reportRuns, {
        title: $localize`:@@runOverview.title:Ciklu apmeklējums`,
        loadComponent: () => import('./features/reports/run-overview-page'),
      }),
      ...pageRoutes(WEB_ROUTES.reports, {
        title: $localize`:@@reports.title:Pārskati`,
        loadComponent: () => import('./features/reports/reports-page'),
      }),
      ...pageRoutes(WEB_ROUTES.myEsfData, {
        title: $localize`:@@esf.mine.title:Dati ESF uzskaitei`,
        loadComponent: () => import('./features/esf/my-esf-data-page'),
      }),
      ...pageRoutes(WEB_ROUTES.participantReport, {
        title: $localize`:@@esf.report.title:ESF dalībnieku pārskats`,
        loadComponent: () => import('./features/esf/participant-report-page'),
      }),
      // A participant's own check-in at a session (the QR code in the room opens it).
      ...pageRoutes(WEB_ROUTES.sessionCheckIn, {
        title: $localize`:@@checkIn.title:Atzīmēšanās nodarbībā`,
        loadComponent: () => import('./features/check-in/check-in-page'),
      }),
      // A session's register and its check-in code.
      ...pageRoutes(WEB_ROUTES.sessionRegister, {
        title: $localize`:@@register.title:Apmeklējums`,
        loadComponent: () => import('./features/attendance/register-page'),
      }),
      ...pageRoutes(WEB_ROUTES.sessionCheckInCode, {
        title: $localize`:@@checkInCode.title:Reģistrācijas kods`,
        loadComponent: () => import('./features/attendance/check-in-code-page'),
      }),
      // Enrolments: one's own, and the requests to decide.
      ...pageRoutes(WEB_ROUTES.myEnrolments, {
        title: $localize`:@@myEnrolments.title:Mani kursi`,
        loadComponent: () => import('./features/enrolments/my-enrolments-page'),
      }),
      ...pageRoutes(WEB_ROUTES.pendingRequests, {
        title: $localize`:@@pendingRequests.title:Pieteikumi`,
        loadComponent: () => import('./features/enrolments/pending-requests-page'),
      }),
      // Calendars.
      ...pageRoutes(WEB_ROUTES.mySessions, {
        title: $localize`:@@mySessions.title:Manas nodarbības`,
        data: { relation: 'participant' },
        loadComponent: () => import('./features/calendar/calendar-page'),
      }),
      ...pageRoutes(WEB_ROUTES.mySchedule, {
        title: $localize`:@@mySchedule.title:Mans grafiks`,
        data: { relation: 'trainer' },
        loadComponent: () => import('./features/calendar/calendar-page'),
      }),
      // The course editor: `courses/new` and `…/edit` before the catalogue's `courses/:id`.
      ...pageRoutes(WEB_ROUTES.courseNew, {
        title: $localize`:@@courseEditor.new.title:Jauns kurss`,
        loadComponent: () => import('./features/course-editor/course-edit-page'),
      }),
      ...pageRoutes(WEB_ROUTES.courseEdit, {
        title: $localize`:@@courseEditor.edit.title:Kursa labošana`,
        loadComponent: () => import('./features/course-editor/course-edit-page'),
      }),
      ...pageRoutes(WEB_ROUTES.moduleEdit, {
        title: $localize`:@@courseEditor.module.title:Moduļa labošana`,
        loadComponent: () => import('./features/course-editor/module-edit-page'),
      }),
      // The course catalogue, a course and a module's reader.
      ...pageRoutes(WEB_ROUTES.catalogue, {
        loadChildren: () => import('./features/catalogue/catalogue.routes'),
      }),
      ...pageRoutes(WEB_ROUTES.module, {
        title: $localize`:@@module.title:Modulis`,
        loadComponent: () => import('./features/catalogue/module-page'),
      }),
    ],
  },
  ...pageRoutes(WEB_ROUTES.notFound, {
    title: $localize`:@@notFound.title:Lapa nav atrasta`,
    loadComponent: () => import('./core/not-found/not-found-page'),
  }),
];
