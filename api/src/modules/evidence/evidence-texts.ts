import type { AttendanceStatus, ParticipantKind } from '@di/contracts';

/**
 * The evidence pack's texts, in Latvian only: it goes to a Latvian cooperation institution (CFLA).
 * The project and EU funding lines are the certificates' own (CERTIFICATE_TEXTS.lv), the enrolment
 * statuses the other exports' (ENROLMENT_STATUS_TEXTS.lv).
 */
export const EVIDENCE_TEXTS = {
  files: {
    pack: 'esf-pieradijumi.zip',
    participants: 'dalibnieki',
    sheets: 'apmeklejums',
    reports: 'atskaites',
    certificates: 'sertifikati',
    history: 'apmeklejuma-vesture.csv',
  },
  participants: {
    sheetName: 'Dalībnieki',
    fullName: 'Vārds, uzvārds',
    organisation: 'Organizācija',
    kind: 'Dalībnieka veids',
    status: 'Statuss',
    attendancePercent: 'Apmeklējums, %',
    sessionsAttended: 'Apmeklētās nodarbības',
    sessionsHeld: 'Notikušās nodarbības',
    completedOn: 'Pabeigšanas datums',
    certificateCode: 'Apliecības kods',
  },
  kinds: {
    vsac_staff: 'VSAC darbinieks',
    social_mentor: 'Sociālais mentors',
    specialist: 'Speciālists',
    other: 'Cits',
  } satisfies Record<ParticipantKind, string>,
  marks: {
    unmarked: 'Neatzīmēts',
    present: 'Klātesošs',
    late: 'Nokavēja',
    absent: 'Nav ieradies',
    excused: 'Attaisnots',
  } satisfies Record<AttendanceStatus, string>,
  sheet: {
    title: 'Nodarbības apmeklējuma lapa',
    course: 'Mācību kurss',
    run: 'Apmācību cikls',
    session: 'Nodarbība',
    time: 'Laiks',
    trainers: 'Pasniedzēji',
    place: 'Norises vieta',
    online: 'tiešsaistē',
    number: 'Nr.',
    fullName: 'Vārds, uzvārds',
    organisation: 'Organizācija',
    mark: 'Atzīme',
    signature: 'Paraksts',
    nobody: 'Uz šo nodarbību neviens nebija pieteicies.',
    minutes: (minutes: number) => `${minutes} min`,
    page: (page: number, pages: number) => `${page}. lapa no ${pages}`,
  },
  history: {
    at: 'Laiks',
    who: 'Kas mainīja',
    session: 'Nodarbība',
    person: 'Dalībnieks',
    before: 'Iepriekš',
    after: 'Tagad',
    source: 'Kā',
    platform: 'Platforma',
    sources: { register: 'reģistrs', import: 'sapulces atskaite', check_in: 'reģistrācijas kods' } as Record<string, string>,
  },
} as const;
