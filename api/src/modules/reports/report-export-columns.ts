import type { CompletionRow, Locale } from '@di/contracts';
import { ENROLMENT_STATUS_TEXTS } from '../../exports/enrolment-status-texts';
import type { ExportColumn } from '../../exports/export-columns';
import { rigaDay } from '../../exports/riga-day';
import type { PersonRow } from './completion-people.service';

const HEADERS = {
  lv: {
    organisation: 'Iestāde',
    region: 'Plānošanas reģions',
    parent: 'Augstākā iestāde',
    requested: 'Gaida apstiprinājumu',
    enrolled: 'Uzņemti',
    waitlisted: 'Gaidīšanas sarakstā',
    withdrawn: 'Atsaukuši dalību',
    completed: 'Pabeiguši',
    notCompleted: 'Nav pabeiguši',
    completionRate: 'Pabeigušo īpatsvars, %',
    attendance: 'Vidējais apmeklējums, %',
    hours: 'Apmeklētās stundas',
    person: 'Vārds, uzvārds',
    run: 'Kursa norise',
    status: 'Statuss',
    sessions: 'Nodarbības (apmeklētas / notikušas / plānotas)',
    modules: 'Obligātie moduļi (izpildīti / kopā)',
    completedAt: 'Pabeigšanas datums',
    withdrawnAt: 'Atsaukšanas datums',
    none: '(bez iestādes)',
  },
  en: {
    organisation: 'Organisation',
    region: 'Planning region',
    parent: 'Parent organisation',
    requested: 'Awaiting approval',
    enrolled: 'Enrolled',
    waitlisted: 'Waiting list',
    withdrawn: 'Withdrawn',
    completed: 'Completed',
    notCompleted: 'Not completed',
    completionRate: 'Completion rate, %',
    attendance: 'Average attendance, %',
    hours: 'Hours attended',
    person: 'Name',
    run: 'Course run',
    status: 'Status',
    sessions: 'Sessions (attended / held / planned)',
    modules: 'Required modules (done / all)',
    completedAt: 'Completed on',
    withdrawnAt: 'Withdrawn on',
    none: '(no organisation)',
  },
} as const;

/** The completion report's rows as a file: the same numbers as the page, the rate in percent. */
export function completionColumns(locale: Locale, groupBy: 'organisation' | 'region'): ExportColumn<CompletionRow>[] {
  const h = HEADERS[locale];
  const group: ExportColumn<CompletionRow>[] =
    groupBy === 'organisation'
      ? [
          { header: h.organisation, value: (row) => row.label || h.none, width: 36 },
          { header: h.parent, value: (row) => row.parentLabel, width: 28 },
          { header: h.region, value: (row) => row.regionCode },
        ]
      : [{ header: h.region, value: (row) => row.label, width: 28 }];
  return [
    ...group,
    { header: h.requested, value: (row) => row.requested },
    { header: h.enrolled, value: (row) => row.enrolled },
    { header: h.waitlisted, value: (row) => row.waitlisted },
    { header: h.withdrawn, value: (row) => row.withdrawn },
    { header: h.completed, value: (row) => row.completed },
    { header: h.notCompleted, value: (row) => row.notCompleted },
    { header: h.completionRate, value: (row) => Math.round(row.completionRate * 1000) / 10 },
    { header: h.attendance, value: (row) => row.averageAttendancePercent },
    { header: h.hours, value: (row) => row.hoursDelivered },
  ];
}

/** The people behind the report, one row per person and run. */
export function peopleColumns(locale: Locale): ExportColumn<PersonRow>[] {
  const h = HEADERS[locale];
  return [
    { header: h.person, value: (row) => row.full_name, width: 28 },
    { header: h.organisation, value: (row) => row.organisation_name ?? h.none, width: 32 },
    { header: h.run, value: (row) => (locale === 'en' && row.run_title_en) || row.run_title_lv, width: 36 },
    { header: h.status, value: (row) => ENROLMENT_STATUS_TEXTS[locale][row.status], width: 22 },
    { header: h.sessions, value: (row) => `${row.sessions_attended} / ${row.sessions_held} / ${row.sessions_planned}`, width: 16 },
    { header: h.attendance, value: (row) => row.attendance_percent },
    { header: h.modules, value: (row) => `${row.required_modules_done} / ${row.required_modules}`, width: 14 },
    { header: h.completedAt, value: (row) => rigaDay(row.completed_at), width: 14 },
    { header: h.withdrawnAt, value: (row) => rigaDay(row.withdrawn_at), width: 14 },
  ];
}
