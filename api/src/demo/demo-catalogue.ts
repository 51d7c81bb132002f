import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { RECOMPUTE_PROGRESS_SQL } from '../modules/progress/progress-sql';
import { RIGA_ZONE } from '../time/riga-time';

/**
 * The two programmes of the Rīga planning region's DI project as the sources describe them (the
 * online VSAC staff cycle from 4 December to the end of January, the spring social mentor
 * training), with invented modules, sessions and enrolments of the demo people. Loaded together
 * with the demo people, never on a real database. The sources name no VSAC branch in the Rīga
 * region, so the enrolled staff are the demo people of the Latgale branches.
 */

const PROVIDER = 'Biedrība "Rīgas pilsētas "Rūpju bērns""';
const ORGANISER = 'Rīgas plānošanas reģions';
const PROJECT_NUMBER = '9.2.2.1/15/I/002';
const TRAINER = 'pasniedzejs@demo.invalid';

interface DemoModule {
  title: [lv: string, en: string];
  content: [lv: string, en: string];
  minutes: number;
}

interface DemoSession {
  /** Riga wall-clock start and end. */
  starts: DateTime;
  ends: DateTime;
  mode: 'online' | 'in_person';
}

interface DemoCourse {
  code: string;
  title: [lv: string, en: string];
  description: [lv: string, en: string];
  audience: 'vsac_staff' | 'social_mentor';
  plannedHours: number;
  minAttendancePercent: number;
  requireAllRequiredModules: boolean;
  modules: DemoModule[];
  run: {
    title: [lv: string, en: string];
    startsOn: DateTime;
    endsOn: DateTime;
    enrolmentOpensAt: DateTime;
    enrolmentClosesAt: DateTime;
    capacity: number;
    onlineAttendanceMinMinutes: number | null;
    sessions: DemoSession[];
    enrolled: string[];
  };
}

const demoNote = (lv: string, en: string): [string, string] => [`${lv}\n\n*Demo saturs.*`, `${en}\n\n*Demo content.*`];

const VSAC_MODULES: DemoModule[] = [
  {
    title: ['Deinstitucionalizācija un cilvēka ceļš uz dzīvi sabiedrībā', 'Deinstitutionalisation and a person’s path to community living'],
    content: demoNote(
      '## Kāpēc pāreja uz dzīvi sabiedrībā\n\nŠajā modulī:\n\n- kas ir deinstitucionalizācija un kāpēc tā notiek;\n- kāds atbalsts vajadzīgs cilvēkam ar garīga rakstura traucējumiem, lai sāktu patstāvīgu dzīvi;\n- VSAC darbinieka loma pārejas laikā.',
      '## Why the move to community living\n\nIn this module:\n\n- what deinstitutionalisation is and why it happens;\n- the support a person with a mental disability needs to start an independent life;\n- the role of VSAC staff during the transition.',
    ),
    minutes: 45,
  },
  {
    title: ['Atbalsta vajadzību izvērtēšana un individuālais plāns', 'Assessing support needs and the individual plan'],
    content: demoNote(
      '## Individuālais atbalsta plāns\n\n1. Iepazīstiet cilvēku un viņa vēlmes.\n2. Izvērtējiet prasmes: mājoklis, nauda, veselība, attiecības.\n3. Kopā pierakstiet mērķus un soļus.',
      '## The individual support plan\n\n1. Get to know the person and their wishes.\n2. Assess their skills: home, money, health, relationships.\n3. Write down the goals and steps together.',
    ),
    minutes: 60,
  },
  {
    title: ['Grupu dzīvokļi, darbnīcas un dienas centri: labās prakses piemēri', 'Group homes, workshops and day centres: good practice'],
    content: demoNote(
      '## Ko rāda pieredze\n\nBiedrība dalās ar saviem grupu dzīvokļu, specializēto darbnīcu un dienas atbalsta centru piemēriem.',
      '## What experience shows\n\nThe NGO shares examples from its group homes, specialised workshops and day support centres.',
    ),
    minutes: 60,
  },
  {
    title: ['Riski un grūtības pārejas laikā', 'Risks and difficulties during the transition'],
    content: demoNote(
      '## Kā mazināt riskus\n\n- Pārmaiņas pa solim.\n- Pastāvīga kontaktpersona.\n- Sadarbība ar pašvaldību.',
      '## How to reduce the risks\n\n- Change step by step.\n- A constant contact person.\n- Working with the municipality.',
    ),
    minutes: 45,
  },
];

const MENTOR_MODULES: DemoModule[] = [
  {
    title: ['Sociālā mentora loma un ētika', 'The social mentor’s role and ethics'],
    content: demoNote('## Mentora loma\n\nKo mentors dara un ko nedara; robežas un konfidencialitāte.', '## The mentor’s role\n\nWhat a mentor does and does not do; boundaries and confidentiality.'),
    minutes: 90,
  },
  {
    title: ['Saziņa ar cilvēkiem ar garīga rakstura traucējumiem', 'Communicating with people with mental disabilities'],
    content: demoNote('## Saziņa\n\nVienkārša valoda, laiks atbildei, attēli un piemēri.', '## Communication\n\nPlain language, time to answer, pictures and examples.'),
    minutes: 90,
  },
  {
    title: ['Patstāvīgas dzīves prasmes: mājoklis, nauda, ikdiena', 'Independent-living skills: home, money, daily life'],
    content: demoNote('## Ikdienas prasmes\n\n- Budžets un rēķini.\n- Iepirkšanās.\n- Mājokļa uzturēšana.', '## Everyday skills\n\n- Budget and bills.\n- Shopping.\n- Looking after a home.'),
    minutes: 120,
  },
  {
    title: ['Sadarbība ar pašvaldību un pakalpojumu sniedzējiem', 'Working with the municipality and service providers'],
    content: demoNote('## Sadarbība\n\nKurš ko dara: sociālais dienests, pakalpojumu sniedzējs, mentors.', '## Working together\n\nWho does what: the social service, the service provider, the mentor.'),
    minutes: 60,
  },
];

/**
 * The 4 December of the cycle that is on or coming, in Riga: this year's from 1 February (the
 * previous cycle over), last year's in January (its cycle still running). Once a cycle has begun
 * it stays the demo until it ends, rather than jumping a year the day after its first session.
 */
function comingFourthOfDecember(now: Date): DateTime {
  const today = DateTime.fromJSDate(now, { zone: RIGA_ZONE }).startOf('day');
  const thisYear = today.set({ month: 12, day: 4 });
  return today.month === 1 ? thisYear.minus({ years: 1 }) : thisYear;
}

function at(day: DateTime, hour: number, minute = 0): DateTime {
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

function courses(now: Date): DemoCourse[] {
  const start = comingFourthOfDecember(now);
  const endOfJanuary = start.plus({ years: 1 }).set({ month: 1, day: 31 });
  // Weekly on the weekday of 4 December, without the holiday weeks (25 December and 1 January fall on it).
  const weekly: DemoSession[] = [];
  for (let day = start; day <= endOfJanuary; day = day.plus({ weeks: 1 })) {
    if ((day.month === 12 && day.day === 25) || (day.month === 1 && day.day === 1)) continue;
    weekly.push({ starts: at(day, 10), ends: at(day, 13), mode: 'online' });
  }
  const spring = start.plus({ years: 1 }).set({ month: 3, day: 1 });
  const firstTuesday = (month: number) => {
    const first = spring.set({ month, day: 1 });
    return first.plus({ days: (2 - first.weekday + 7) % 7 });
  };
  const mentorSessions: DemoSession[] = [3, 4, 5].map((month) => ({ starts: at(firstTuesday(month), 10), ends: at(firstTuesday(month), 15), mode: 'in_person' }));
  return [
    {
      code: 'VSAC-GRT',
      title: [
        'VSAC darbinieku apmācību cikls: pilngadīgu personu ar GRT sagatavošana pārejai uz dzīvi sabiedrībā',
        'Training cycle for VSAC staff: preparing adults with mental disabilities for the move to community living',
      ],
      description: [
        'Apmācību cikls Valsts sociālās aprūpes centru darbiniekiem palīdz gūt ieskatu, kāds atbalsts nepieciešams cilvēkiem ar garīga rakstura traucējumiem, lai uzsāktu patstāvīgu dzīvi ārpus institūcijas. Biedrība dalās ar labās prakses piemēriem, atbalsta veidiem, riskiem un grūtībām.',
        'A training cycle for the staff of State Social Care Centres on the support people with mental disabilities need to start an independent life outside the institution. The NGO shares good practice, kinds of support, risks and difficulties.',
      ],
      audience: 'vsac_staff',
      plannedHours: weekly.length * 3,
      minAttendancePercent: 75,
      requireAllRequiredModules: false,
      modules: VSAC_MODULES,
      run: {
        title: ['VSAC darbinieku apmācību cikls (tiešsaistē)', 'VSAC staff training cycle (online)'],
        startsOn: start,
        endsOn: endOfJanuary,
        enrolmentOpensAt: at(start.minus({ months: 1 }), 9),
        enrolmentClosesAt: at(start.minus({ days: 1 }), 18),
        capacity: 50,
        onlineAttendanceMinMinutes: 120,
        sessions: weekly,
        enrolled: ['dalibnieks@demo.invalid', 'ilze.demo@demo.invalid', 'janis.demo@demo.invalid'],
      },
    },
    {
      code: 'SOC-MENT',
      title: ['Sociālo mentoru apmācības', 'Social mentor training'],
      description: [
        'Pavasara apmācības pašvaldību piesaistītiem sociālajiem mentoriem, kas atbalsta cilvēkus pēc pārcelšanās no institūcijas uz dzīvi sabiedrībā. Apmācības veido moduļi un klātienes nodarbības.',
        'Spring training for the social mentors recruited by municipalities, who support people after their move from an institution to community living. Made of modules and in-person sessions.',
      ],
      audience: 'social_mentor',
      plannedHours: 40,
      minAttendancePercent: 60,
      requireAllRequiredModules: true,
      modules: MENTOR_MODULES,
      run: {
        title: ['Sociālo mentoru apmācības (pavasaris)', 'Social mentor training (spring)'],
        startsOn: spring,
        endsOn: spring.set({ month: 5, day: 31 }),
        enrolmentOpensAt: at(DateTime.fromJSDate(now, { zone: RIGA_ZONE }).startOf('day'), 9),
        enrolmentClosesAt: at(spring.minus({ days: 7 }), 18),
        capacity: 30,
        onlineAttendanceMinMinutes: null,
        sessions: mentorSessions,
        enrolled: ['marta.demo@demo.invalid', 'peteris.demo@demo.invalid', 'laura.demo@demo.invalid'],
      },
    },
  ];
}

async function idOf(manager: EntityManager, sql: string, value: string): Promise<string> {
  const rows: { id: string }[] = await manager.query(sql, [value]);
  if (!rows[0]) throw new Error(`Demo catalogue: nothing found for ${value}`);
  return rows[0].id;
}

export async function loadDemoCatalogue(manager: EntityManager, now: Date): Promise<void> {
  const provider = await idOf(manager, `SELECT id FROM organisation WHERE name = $1`, PROVIDER);
  const organiser = await idOf(manager, `SELECT id FROM organisation WHERE name = $1 AND type = 'planning_region_office'`, ORGANISER);
  const project = await idOf(manager, `SELECT id FROM project WHERE number = $1`, PROJECT_NUMBER);
  // The demo project asks its participants for the ESF indicators' entry data (the demo participant has not answered).
  await manager.query(`UPDATE project SET collects_participant_data = true WHERE id = $1`, [project]);
  const trainer = await idOf(manager, `SELECT id FROM app_user WHERE email = $1`, TRAINER);
  for (const course of courses(now)) {
    const [{ id: courseId }]: { id: string }[] = await manager.query(
      `INSERT INTO course (code, title_lv, title_en, description_lv, description_en, audience, provider_organisation_id, planned_hours,
                           min_attendance_percent, require_all_required_modules, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'published') RETURNING id`,
      [course.code, ...course.title, ...course.description, course.audience, provider, course.plannedHours, course.minAttendancePercent, course.requireAllRequiredModules],
    );
    for (const [index, module] of course.modules.entries()) {
      await manager.query(
        `INSERT INTO course_module (course_id, position, title_lv, title_en, content_lv, content_en, estimated_minutes, required)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
        [courseId, index + 1, ...module.title, ...module.content, module.minutes],
      );
    }
    const { run } = course;
    const [{ id: runId }]: { id: string }[] = await manager.query(
      `INSERT INTO course_run (course_id, project_id, title_lv, title_en, region_code, organiser_organisation_id, starts_on, ends_on,
                               enrolment_opens_at, enrolment_closes_at, capacity, online_attendance_min_minutes, status)
       VALUES ($1, $2, $3, $4, 'RPR', $5, $6, $7, $8, $9, $10, $11, 'open') RETURNING id`,
      [
        courseId,
        project,
        ...run.title,
        organiser,
        run.startsOn.toISODate(),
        run.endsOn.toISODate(),
        run.enrolmentOpensAt.toJSDate(),
        run.enrolmentClosesAt.toJSDate(),
        run.capacity,
        run.onlineAttendanceMinMinutes,
      ],
    );
    await manager.query(`INSERT INTO run_trainer (run_id, trainer_id) VALUES ($1, $2)`, [runId, trainer]);
    const [{ id: seriesId }]: { id: string }[] = await manager.query(`SELECT gen_random_uuid() AS id`);
    for (const session of run.sessions) {
      const online = session.mode === 'online';
      const [{ id: sessionId }]: { id: string }[] = await manager.query(
        `INSERT INTO training_session (run_id, series_id, starts_at, ends_at, mode, meeting_url, venue, address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          runId,
          seriesId,
          session.starts.toJSDate(),
          session.ends.toJSDate(),
          session.mode,
          online ? `https://meet.demo.invalid/${course.code.toLowerCase()}` : null,
          online ? null : 'Demo mācību telpa',
          online ? null : 'Demo iela 1, Rīga (demo adrese)',
        ],
      );
      await manager.query(`INSERT INTO session_trainer (session_id, trainer_id) VALUES ($1, $2)`, [sessionId, trainer]);
    }
    // Enrolled a week before the first session, so that every session is theirs on its register.
    for (const email of run.enrolled) {
      await manager.query(
        `INSERT INTO enrolment (run_id, user_id, organisation_id, status, created_at, updated_at, seated_at)
         SELECT $1, u.id, u.organisation_id, 'enrolled', w.at, w.at, w.at
           FROM app_user u, (SELECT LEAST(now(), min(starts_at) - interval '7 days') AS at FROM training_session WHERE run_id = $1) w
          WHERE u.email = $2`,
        [runId, email],
      );
    }
    const enrolled: { id: string }[] = await manager.query(`SELECT id FROM enrolment WHERE run_id = $1`, [runId]);
    await manager.query(RECOMPUTE_PROGRESS_SQL, [enrolled.map((row) => row.id)]);
  }
}
