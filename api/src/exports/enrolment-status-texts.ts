import type { EnrolmentStatus, Locale } from '@di/contracts';

/** An enrolment's status in exported files, in the words the web uses. */
export const ENROLMENT_STATUS_TEXTS: Record<Locale, Record<EnrolmentStatus, string>> = {
  lv: {
    requested: 'Gaida apstiprinājumu',
    enrolled: 'Dalība apstiprināta',
    waitlisted: 'Gaidīšanas sarakstā',
    rejected: 'Pieteikums noraidīts',
    withdrawn: 'Dalība atsaukta',
    completed: 'Kurss pabeigts',
    not_completed: 'Kurss nav pabeigts',
  },
  en: {
    requested: 'Awaiting approval',
    enrolled: 'Enrolled',
    waitlisted: 'On the waiting list',
    rejected: 'Request rejected',
    withdrawn: 'Withdrawn',
    completed: 'Completed',
    not_completed: 'Not completed',
  },
};
