// The national data set, generated inside PostgreSQL (INSERT … SELECT over generate_series) on a
// database the product has just migrated. Everything is deterministic given the sizes (hashint4 /
// hashint8 of row numbers, not random()), except the ids (gen_random_uuid, as the product makes them).
//
// Order: organisations with the triggers on (the closure is kept by one); then, in the same
// transaction, with `session_replication_role = replica` (no triggers, no foreign-key checks):
// staging tables bench_gen_*, people, courses, runs, sessions, and for enrolment, attendance and
// module_completion their indexes dropped, the rows inserted and the indexes built again. Stored
// progress is computed from the same marks the attendance rows get (bench_mark), by the rule of
// RECOMPUTE_PROGRESS_SQL. The tally differences the enrolment trigger would have appended are
// appended in one statement; the caller folds them with the product's enrolment_tally_fold.
import { COURSES, FEMALE_FIRST, MALE_FIRST, MUNICIPALITIES, PLACES, PROVIDER_WORDS, SURNAMES, VSAC_NAMES } from './names.mjs';

/** Share of people and runs per planning region, in percent. */
const REGION_SHARE = { RPR: 32, LPR: 22, KPR: 15, VPR: 16, ZPR: 15 };
const REGION_CASE = (expr) => {
  let at = 0;
  const arms = Object.entries(REGION_SHARE).map(([code, share]) => `WHEN ${expr} < ${(at += share)} THEN '${code}'`);
  return `CASE ${arms.join(' ')} END`;
};
const FOLD = `'āčēģīķļņōŗšūžĀČĒĢĪĶĻŅŌŖŠŪŽ', 'acegiklnorsuzACEGIKLNORSUZ'`;

/** The organisations to add: [name, type, regionCode, parentName | null, parentType | null]; parents before children. */
export function organisationsToAdd() {
  const rows = [];
  const regions = Object.keys(REGION_SHARE);
  let place = 0;
  const nextPlace = () => PLACES[place++ % PLACES.length];
  for (const region of regions) if (region !== 'LPR') rows.push([VSAC_NAMES[region], 'vsac', region, null, null]);
  for (const [region, names] of Object.entries(MUNICIPALITIES)) for (const name of names) rows.push([name, 'municipality', region, null, null]);
  // VSAC branches: 8 per VSAC (Latgale has 3 in the reference data; 6 more).
  for (const region of regions) {
    for (let i = 0; i < (region === 'LPR' ? 6 : 8); i++) rows.push([nextPlace(), 'vsac_branch', region, VSAC_NAMES[region], 'vsac']);
  }
  for (const region of regions) {
    for (let i = 0; i < 10; i++) {
      const name = `Bērnu aprūpes centrs "${PLACES[(i * 7 + region.charCodeAt(0)) % PLACES.length]}"`;
      rows.push([name, 'childcare_institution', region, null, null]);
    }
    for (let i = 0; i < 12; i++) {
      const word = PROVIDER_WORDS[i % PROVIDER_WORDS.length];
      rows.push([i % 2 === 0 ? `Biedrība "${word}"` : `SIA "${word} ${PLACES[(i * 3 + region.charCodeAt(1)) % PLACES.length]}"`, 'provider', region, null, null]);
    }
  }
  return rows;
}

/** Services below each municipality (existing and added): its social service, and for some a day centre. */
const MUNICIPAL_UNITS_SQL = `
  INSERT INTO organisation (name, type, region_code, parent_id)
  SELECT regexp_replace(regexp_replace(m.name, ' pilsēta$', ' pilsētas'), ' novads$', ' novada') || ' sociālais dienests',
         'provider', m.region_code, m.id
    FROM organisation m WHERE m.type = 'municipality'
  UNION ALL
  SELECT regexp_replace(regexp_replace(m.name, ' pilsēta$', ' pilsētas'), ' novads$', ' novada') || ' dienas aprūpes centrs',
         'provider', m.region_code, m.id
    FROM organisation m WHERE m.type = 'municipality' AND abs(hashtext(m.name)::bigint) % 2 = 0
  ON CONFLICT DO NOTHING`;

/** The staff accounts, all with the same password: see generate.mjs (ACCOUNTS). */
export const STAFF = {
  admin: 'admin@bench.invalid',
  regionCoordinator: (region) => `koordinators.${region.toLowerCase()}@bench.invalid`,
  vsacCoordinator: (region) => `koordinators.vsac.${region.toLowerCase()}@bench.invalid`,
  trainer: (n) => `pasniedzejs.${String(n).padStart(3, '0')}@bench.invalid`,
};

/**
 * The statements, in order: [label, sql, params]. `sizes`: people, runs, enrolments, trainers.
 * `passwordHash`: one argon2 hash for every generated account.
 */
export function fillStatements({ people, runs, enrolments, trainers }, passwordHash) {
  const orgs = organisationsToAdd();
  const parents = orgs.filter((o) => o[3] === null);
  const children = orgs.filter((o) => o[3] !== null);
  const column = (rows, i) => rows.map((row) => row[i]);
  const courseTitles = [column(COURSES, 0), column(COURSES, 1)];
  const surnames = [column(SURNAMES, 0), column(SURNAMES, 1)];
  const regionOf = (n) => REGION_CASE(`(${n}) % 100`);
  const today = `(now() AT TIME ZONE 'Europe/Riga')::date`;

  return [
    ['organisations', `INSERT INTO organisation (name, type, region_code) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [column(parents, 0), column(parents, 1), column(parents, 2)]],
    [
      'organisations (branches)',
      `INSERT INTO organisation (name, type, region_code, parent_id)
       SELECT c.name, c.type, c.region, (SELECT p.id FROM organisation p WHERE p.name = c.parent AND p.type = c.parent_type)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS c (name, type, region, parent, parent_type)
       ON CONFLICT DO NOTHING`,
      [column(children, 0), column(children, 1), column(children, 2), column(children, 3), column(children, 4)],
    ],
    ['organisations (municipal services)', MUNICIPAL_UNITS_SQL],

    // From here on: no triggers, no foreign-key checks (this transaction only).
    ['replica mode', `SET LOCAL session_replication_role = replica`],
    ['settings', `SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL synchronous_commit = off`],
    [
      'mark functions',
      // The register mark of enrolment `seed` in the run's session `k`, for a person absent `absent` times in 1000.
      `CREATE FUNCTION bench_u(seed bigint, k int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT (abs(hashint8(seed * 64 + k)::bigint) % 1000)::int $$;
       CREATE FUNCTION bench_mark(seed bigint, k int, absent int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
         SELECT CASE WHEN bench_u(seed, k) < absent THEN CASE WHEN bench_u(seed, k) * 4 < absent THEN 'excused' ELSE 'absent' END
                     WHEN bench_u(seed, k) >= 970 THEN 'late' ELSE 'present' END
       $$;
       -- Whether module \`pos\` was marked done, for a person who does \`permille\` of them in 1000.
       CREATE FUNCTION bench_module_done(seed bigint, pos int, permille int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT bench_u(seed, 40 + pos) < permille $$`,
    ],

    // Organisations: how many participants each employs, relatively (cumulative ranges per region).
    [
      'staging: organisations',
      `CREATE UNLOGGED TABLE bench_gen_org AS
       SELECT id, region_code, type, lo, lo + weight AS hi, sum(weight) OVER (PARTITION BY region_code) AS region_weight
         FROM (SELECT o.id, o.region_code, o.type, w.weight,
                      coalesce(sum(w.weight) OVER (PARTITION BY o.region_code ORDER BY o.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS lo
                 FROM organisation o
                 CROSS JOIN LATERAL (SELECT (CASE o.type WHEN 'vsac_branch' THEN 30 WHEN 'vsac' THEN 10 WHEN 'childcare_institution' THEN 15
                                                         WHEN 'provider' THEN 10 WHEN 'municipality' THEN 6 ELSE 1 END)
                                            * (2 + abs(hashtext(o.name)::bigint) % 5)::numeric AS weight) w) x`,
    ],
    [
      'staging: people',
      `CREATE UNLOGGED TABLE bench_gen_person AS
       WITH p AS (
         SELECT n, ${regionOf('n')} AS region, (abs(hashint4(n * 7 + 1)::bigint) % 1000000) / 1000000.0 AS u, abs(hashint4(n * 13 + 5)::bigint) AS h
           FROM generate_series(1, $1::int) n
       )
       SELECT p.n, gen_random_uuid() AS id, p.region, o.id AS organisation_id, o.type AS organisation_type, p.h,
              p.h % 100 < 82 AS female,
              row_number() OVER (PARTITION BY p.region ORDER BY hashint4(p.n * 31 + 3), p.n) - 1 AS rank,
              -- How often the person misses a session (in 1000) and how many modules they do (in 1000).
              CASE WHEN p.h % 100 < 78 THEN 40 + p.h % 60 WHEN p.h % 100 < 95 THEN 180 + p.h % 150 ELSE 450 + p.h % 300 END::int AS absent,
              CASE WHEN p.h % 100 < 78 THEN 940 WHEN p.h % 100 < 95 THEN 700 ELSE 300 END::int AS modules_permille
         FROM p JOIN bench_gen_org o ON o.region_code = p.region AND p.u * o.region_weight >= o.lo AND p.u * o.region_weight < o.hi`,
      [people],
    ],
    [
      'people',
      `INSERT INTO app_user (id, email, full_name, organisation_id, participant_kind, password_hash, language, created_at, updated_at)
       SELECT id, lower(translate(first || '.' || surname, ${FOLD})) || '.' || n || '@bench.invalid', first || ' ' || surname, organisation_id,
              CASE WHEN organisation_type IN ('vsac', 'vsac_branch') THEN 'vsac_staff'
                   ELSE (ARRAY['social_mentor', 'specialist', 'other', 'social_mentor'])[1 + h % 4] END,
              $5, 'lv', ts, ts
         FROM (SELECT g.*, CASE WHEN g.female THEN ($1::text[])[1 + (g.h / 7) % array_length($1::text[], 1)] ELSE ($2::text[])[1 + (g.h / 7) % array_length($2::text[], 1)] END AS first,
                      CASE WHEN g.female THEN ($4::text[])[1 + (g.h / 11) % array_length($4::text[], 1)] ELSE ($3::text[])[1 + (g.h / 11) % array_length($3::text[], 1)] END AS surname,
                      timestamptz '2024-09-01 08:00+03' + (g.h % 500) * interval '1 day' AS ts
                 FROM bench_gen_person g) x`,
      [FEMALE_FIRST, MALE_FIRST, surnames[0], surnames[1], passwordHash],
    ],
    ['roles (participants)', `INSERT INTO user_role (user_id, role) SELECT id, 'participant' FROM bench_gen_person`],
    [
      'staff',
      `WITH staff (email, full_name, organisation_id, role, scope_region, scope_organisation) AS (
         SELECT '${STAFF.admin}', 'Administrators Nacionālais', NULL::uuid, 'admin', NULL::text, NULL::uuid
         UNION ALL
         SELECT 'koordinators.' || lower(r.code) || '@bench.invalid', 'Koordinators ' || r.name_lv,
                (SELECT o.id FROM organisation o WHERE o.type = 'planning_region_office' AND o.region_code = r.code), 'coordinator', r.code, NULL
           FROM planning_region r
         UNION ALL
         SELECT 'koordinators.vsac.' || lower(v.region_code) || '@bench.invalid', 'Koordinators ' || v.name, v.id, 'coordinator', NULL, v.id
           FROM organisation v WHERE v.type = 'vsac'
       ), users AS (
         INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash)
         SELECT email, full_name, organisation_id, 'other', $1 FROM staff RETURNING id, email
       )
       INSERT INTO user_role (user_id, role, scope_region_code, scope_organisation_id)
       SELECT u.id, s.role, s.scope_region, s.scope_organisation FROM users u JOIN staff s USING (email)`,
      [passwordHash],
    ],
    [
      'staging: trainers',
      `CREATE UNLOGGED TABLE bench_gen_trainer AS
       SELECT n, gen_random_uuid() AS id, region, row_number() OVER (PARTITION BY region ORDER BY n) - 1 AS rank, h,
              (SELECT o.id FROM organisation o WHERE o.region_code = t.region AND o.type = 'provider' ORDER BY hashtext(o.name || t.n) LIMIT 1) AS organisation_id
         FROM (SELECT n, ${regionOf('n * 37')} AS region, abs(hashint4(n * 101 + 9)::bigint) AS h FROM generate_series(1, $1::int) n) t`,
      [trainers],
    ],
    [
      'trainers',
      `INSERT INTO app_user (id, email, full_name, organisation_id, participant_kind, password_hash)
       SELECT id, 'pasniedzejs.' || lpad(n::text, 3, '0') || '@bench.invalid',
              CASE WHEN h % 3 > 0 THEN ($1::text[])[1 + h % array_length($1::text[], 1)] || ' ' || ($4::text[])[1 + (h / 5) % array_length($4::text[], 1)]
                   ELSE ($2::text[])[1 + h % array_length($2::text[], 1)] || ' ' || ($3::text[])[1 + (h / 5) % array_length($3::text[], 1)] END,
              organisation_id, 'specialist', $5
         FROM bench_gen_trainer`,
      [FEMALE_FIRST, MALE_FIRST, surnames[0], surnames[1], passwordHash],
    ],
    ['roles (trainers)', `INSERT INTO user_role (user_id, role) SELECT id, 'trainer' FROM bench_gen_trainer`],
    [
      'courses',
      `INSERT INTO course (code, title_lv, title_en, description_lv, audience, provider_organisation_id, planned_hours, min_attendance_percent,
                           require_all_required_modules, status)
       SELECT 'NAT-' || lpad(i::text, 2, '0'), t.lv, t.en, 'Kurss deinstitucionalizācijas programmas darbiniekiem: ' || t.lv || '.',
              (ARRAY['vsac_staff', 'social_mentor', 'specialist', 'any'])[1 + i % 4],
              (SELECT o.id FROM organisation o WHERE o.type = 'provider' AND o.parent_id IS NULL ORDER BY hashtext(o.name || i) LIMIT 1),
              40 + (i * 8) % 41, (ARRAY[80, 80, 75, 80, 70])[1 + i % 5], i % 3 = 0, 'published'
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t (lv, en, i)`,
      courseTitles,
    ],
    [
      'modules',
      `INSERT INTO course_module (course_id, position, title_lv, content_lv, estimated_minutes, required)
       SELECT c.id, p, p || '. ' || (ARRAY['Ievads', 'Pamatjēdzieni', 'Prakse', 'Noslēgums'])[p], '## ' || c.title_lv, 45, p <= 2
         FROM course c CROSS JOIN generate_series(1, 4) p WHERE c.code LIKE 'NAT-%'`,
    ],
    [
      'staging: runs',
      // Sizes 250–750 before scaling to the total; starts over the two years up to 80 days from now;
      // 16–24 sessions, twice a week (60 %) or weekly, online (40 %) or in person.
      `CREATE UNLOGGED TABLE bench_gen_run AS
       WITH r AS (
         SELECT n, ${regionOf('n * 53')} AS region, abs(hashint4(n * 3 + 7)::bigint) AS h, abs(hashint4(n * 11 + 2)::bigint) AS h2
           FROM generate_series(1, $1::int) n
       ), sized AS (
         SELECT r.*, 250 + h2 % 501 AS raw_size, sum(250 + h2 % 501) OVER () AS raw_total,
                ${today} - 700 + (h % 780)::int AS starts_on,
                (16 + (h / 3) % 9)::int AS sessions, (h / 7) % 10 < 6 AS twice_weekly, (h / 11) % 10 < 4 AS online,
                (ARRAY[9, 10, 13, 15])[1 + (h / 13) % 4]::int AS hour, (h / 17) % 5 = 0 AS requires_approval
           FROM r
       )
       SELECT s.*, floor(raw_size * $2::numeric / raw_total)::int
                 + CASE WHEN row_number() OVER (ORDER BY n) <= $2::int - sum(floor(raw_size * $2::numeric / raw_total)::int) OVER () THEN 1 ELSE 0 END AS size,
              gen_random_uuid() AS id,
              (SELECT c.id FROM course c WHERE c.code = 'NAT-' || lpad((1 + (s.h2 / 7) % $3::int)::text, 2, '0')) AS course_id,
              t.region_trainers, p.region_people
         FROM sized s
         JOIN (SELECT region, count(*) AS region_trainers FROM bench_gen_trainer GROUP BY region) t USING (region)
         JOIN (SELECT region, count(*) AS region_people FROM bench_gen_person GROUP BY region) p USING (region)`,
      [runs, enrolments, COURSES.length],
    ],
    [
      'staging: sessions',
      `CREATE UNLOGGED TABLE bench_gen_session AS
       SELECT gen_random_uuid() AS id, r.id AS run_id, k, starts_at, starts_at + minutes * interval '1 minute' AS ends_at, minutes,
              abs(hashint8(r.n * 100 + k)::bigint) % 100 < 2 AS cancelled,
              abs(hashint8(r.n * 100 + k)::bigint) % 100 >= 2 AND starts_at + minutes * interval '1 minute' < now() AND abs(hashint8(r.n * 100 + k)::bigint) % 100 < 97 AS held
         FROM bench_gen_run r
         CROSS JOIN LATERAL generate_series(0, r.sessions - 1) k
         CROSS JOIN LATERAL (SELECT ((r.starts_on + CASE WHEN r.twice_weekly THEN (k / 2) * 7 + (k % 2) * 2 ELSE k * 7 END) + make_time(r.hour, 0, 0)) AT TIME ZONE 'Europe/Riga' AS starts_at,
                                    CASE WHEN r.online THEN 150 ELSE 180 END AS minutes) t`,
    ],
    [
      'staging: run dates',
      `ALTER TABLE bench_gen_run ADD COLUMN first_start timestamptz, ADD COLUMN last_end timestamptz, ADD COLUMN ends_on date, ADD COLUMN opens_at timestamptz;
       UPDATE bench_gen_run r SET first_start = s.first_start, last_end = s.last_end, ends_on = (s.last_end AT TIME ZONE 'Europe/Riga')::date,
              opens_at = ((r.starts_on - 90) + time '09:00') AT TIME ZONE 'Europe/Riga'
         FROM (SELECT run_id, min(starts_at) AS first_start, max(ends_at) AS last_end FROM bench_gen_session GROUP BY run_id) s
        WHERE s.run_id = r.id;
       ALTER TABLE bench_gen_run ADD COLUMN trainer_id uuid, ADD COLUMN second_trainer_id uuid;
       UPDATE bench_gen_run r SET trainer_id = (SELECT t.id FROM bench_gen_trainer t WHERE t.region = r.region AND t.rank = r.h2 % r.region_trainers),
              second_trainer_id = CASE WHEN r.h % 10 < 3 THEN (SELECT t.id FROM bench_gen_trainer t WHERE t.region = r.region AND t.rank = (r.h2 + 1 + r.h % 5) % r.region_trainers) END`,
    ],
    ['analyze staging', `ANALYZE bench_gen_org, bench_gen_person, bench_gen_trainer, bench_gen_run, bench_gen_session`],
    [
      'staging: enrolments',
      // Slot j of a run: the person `rank` (offset + j) of the run's region (people are ranked at random),
      // so nobody is in a run twice. Kinds by the run's phase; dates within the run's window.
      `CREATE UNLOGGED TABLE bench_gen_enrolment AS
       WITH slot AS (
         SELECT r.id AS run_id, r.n AS run_n, r.region, r.requires_approval, r.first_start, r.last_end, r.opens_at, r.ends_on, j,
                (abs(hashint4(r.n * 97 + 1)::bigint) + j) % r.region_people AS rank,
                abs(hashint8(r.n::bigint * 1000003 + j)::bigint) % 1000 AS u, abs(hashint8(r.n::bigint * 7000003 + j)::bigint) AS h,
                CASE WHEN r.first_start > now() THEN 'future' ELSE 'started' END AS phase
           FROM bench_gen_run r CROSS JOIN LATERAL generate_series(0, least(r.size, r.region_people) - 1) j
       ), kind AS (
         SELECT s.*, CASE
                  WHEN s.phase = 'started' THEN CASE WHEN u < 70 THEN 'withdrawn' WHEN u < 110 THEN 'waitlisted'
                                                     WHEN u < 130 AND requires_approval THEN 'rejected' WHEN u < 145 AND requires_approval THEN 'requested' ELSE 'seat' END
                  ELSE CASE WHEN u < 30 THEN 'withdrawn' WHEN u < 130 THEN 'waitlisted' WHEN u < 200 AND requires_approval THEN 'requested'
                            WHEN u < 210 AND requires_approval THEN 'rejected' ELSE 'seat' END
                END AS kind,
                -- 4 % of seats in started runs were taken in the run's first three weeks.
                s.phase = 'started' AND s.h % 100 < 4 AS late
           FROM slot s
       ), dated AS (
         SELECT k.*, CASE WHEN k.late AND k.kind = 'seat'
                          THEN k.first_start + ((k.h / 100) % 1000) / 1000.0 * least(interval '21 days', now() - k.first_start)
                          ELSE k.opens_at + ((k.h / 100) % 1000) / 1000.0 * (least(now(), k.first_start) - k.opens_at) END AS created_at
           FROM kind k
       )
       SELECT gen_random_uuid() AS id, d.run_id, p.id AS user_id, p.organisation_id, d.kind, d.created_at,
              CASE WHEN d.kind IN ('seat', 'withdrawn') THEN d.created_at END AS seated_at,
              CASE WHEN d.kind = 'withdrawn' THEN d.created_at + interval '1 hour' + ((d.h / 1000) % 1000) / 1000.0 * greatest(interval '0', least(now(), d.last_end) - d.created_at - interval '1 hour') END AS withdrawn_at,
              abs(hashint8(d.h)::bigint) AS seed, p.absent, p.modules_permille, d.ends_on, d.first_start, d.h
         FROM dated d JOIN bench_gen_person p ON p.region = d.region AND p.rank = d.rank`,
    ],
    ['analyze staging enrolments', `ANALYZE bench_gen_enrolment`],
    [
      'staging: progress',
      // What RECOMPUTE_PROGRESS_SQL would find: the sessions that count for the person, those held, those attended.
      `CREATE UNLOGGED TABLE bench_gen_progress AS
       SELECT g.id, count(s.id)::int AS planned, (count(s.id) FILTER (WHERE s.held))::int AS held,
              (count(s.id) FILTER (WHERE s.held AND bench_u(g.seed, s.k) >= g.absent))::int AS attended,
              coalesce(sum(s.minutes) FILTER (WHERE s.held AND bench_u(g.seed, s.k) >= g.absent), 0)::int AS minutes,
              max(s.ends_at) FILTER (WHERE s.held AND bench_u(g.seed, s.k) >= g.absent) AS last_attended
         FROM bench_gen_enrolment g
         LEFT JOIN bench_gen_session s ON s.run_id = g.run_id AND NOT s.cancelled AND g.seated_at IS NOT NULL AND s.ends_at >= g.seated_at
               AND (g.withdrawn_at IS NULL OR s.starts_at < g.withdrawn_at)
        GROUP BY g.id`,
    ],
    [
      'staging: modules done',
      // Seat holders of started runs do modules: all four in runs that are over, the first while a run is on.
      `CREATE UNLOGGED TABLE bench_gen_module_done AS
       SELECT g.id AS enrolment_id, m.id AS module_id, m.required, m.position,
              least(now(), g.first_start + m.position * interval '9 days') AS completed_at
         FROM bench_gen_enrolment g
         JOIN bench_gen_run r ON r.id = g.run_id
         JOIN course_module m ON m.course_id = r.course_id
        WHERE g.kind IN ('seat', 'withdrawn') AND g.first_start < now() AND (g.ends_on < ${today} OR m.position = 1)
          AND bench_module_done(g.seed, m.position, g.modules_permille)`,
    ],
    [
      'runs',
      `INSERT INTO course_run (id, course_id, project_id, title_lv, title_en, region_code, organiser_organisation_id, starts_on, ends_on,
                               enrolment_opens_at, enrolment_closes_at, capacity, requires_approval, online_attendance_min_minutes, status, created_at, updated_at)
       SELECT r.id, r.course_id,
              CASE WHEN r.h % 2 = 0 THEN (SELECT p.id FROM project p WHERE p.region_code = r.region ORDER BY p.title LIMIT 1) END,
              c.title_lv || ' — ' || (SELECT o.name FROM organisation o WHERE o.region_code = r.region AND o.type IN ('municipality', 'vsac_branch') ORDER BY hashtext(o.name || r.n) LIMIT 1)
                || ', ' || to_char(r.starts_on, 'MM.YYYY'),
              c.title_en || ' (' || to_char(r.starts_on, 'MM/YYYY') || ')', r.region,
              (SELECT o.id FROM organisation o WHERE o.region_code = r.region AND o.type = CASE WHEN r.h % 10 < 3 THEN 'vsac' ELSE 'planning_region_office' END LIMIT 1),
              r.starts_on, r.ends_on, r.opens_at, ((r.starts_on + 7) + time '23:59') AT TIME ZONE 'Europe/Riga',
              greatest(1, seats.taken + CASE WHEN seats.waitlisted = 0 THEN 10 ELSE 0 END), r.requires_approval, CASE WHEN r.online THEN 90 END,
              CASE WHEN r.ends_on < ${today} THEN 'completed' WHEN r.starts_on <= ${today} THEN 'in_progress' ELSE 'open' END,
              r.opens_at - interval '14 days', r.opens_at - interval '14 days'
         FROM bench_gen_run r JOIN course c ON c.id = r.course_id
         JOIN (SELECT run_id, count(*) FILTER (WHERE kind = 'seat') AS taken, count(*) FILTER (WHERE kind = 'waitlisted') AS waitlisted
                 FROM bench_gen_enrolment GROUP BY run_id) seats ON seats.run_id = r.id`,
    ],
    [
      'run trainers',
      `INSERT INTO run_trainer (run_id, trainer_id)
       SELECT id, trainer_id FROM bench_gen_run UNION SELECT id, second_trainer_id FROM bench_gen_run WHERE second_trainer_id IS NOT NULL`,
    ],
    [
      'sessions',
      `INSERT INTO training_session (id, run_id, title_lv, starts_at, ends_at, mode, meeting_url, venue, address, status, cancellation_reason, register_taken_at, created_at, updated_at)
       SELECT s.id, s.run_id, (s.k + 1) || '. nodarbība', s.starts_at, s.ends_at, CASE WHEN r.online THEN 'online' ELSE 'in_person' END,
              CASE WHEN r.online THEN 'https://meet.bench.invalid/' || r.n || '-' || s.k END,
              CASE WHEN NOT r.online THEN 'Mācību telpa ' || (1 + r.h % 4) END, CASE WHEN NOT r.online THEN 'Skolas iela ' || (1 + r.h % 60) END,
              CASE WHEN s.cancelled THEN 'cancelled' ELSE 'scheduled' END, CASE WHEN s.cancelled THEN 'Pasniedzēja slimības dēļ' END,
              CASE WHEN s.held THEN s.ends_at + (10 + abs(hashint4(s.k * 7 + r.n)::bigint) % 120) * interval '1 minute' END,
              r.opens_at - interval '14 days', coalesce(CASE WHEN s.held THEN s.ends_at + interval '2 hours' END, r.opens_at - interval '14 days')
         FROM bench_gen_session s JOIN bench_gen_run r ON r.id = s.run_id`,
    ],
    [
      'session trainers',
      // The exclusion constraint keeps a trainer out of two overlapping sessions: such a session is left to the run's other trainer.
      `INSERT INTO session_trainer (session_id, trainer_id, period, active)
       SELECT s.id, t.trainer_id, tstzrange(s.starts_at, s.ends_at), NOT s.cancelled
         FROM bench_gen_session s JOIN run_trainer t ON t.run_id = s.run_id
        ORDER BY s.starts_at
       ON CONFLICT DO NOTHING`,
    ],
    ['drop indexes', null], // filled in by generate.mjs (it knows the current definitions)
    [
      'enrolments',
      `INSERT INTO enrolment (id, run_id, user_id, organisation_id, status, position, enrolled_by, created_at, updated_at, version, reason, withdrawn_at,
                              seated_at, completed_at, sessions_planned, sessions_held, sessions_attended, attendance_percent, attended_minutes,
                              required_modules, required_modules_done)
       SELECT g.id, g.run_id, g.user_id, g.organisation_id, x.status,
              CASE WHEN g.kind = 'waitlisted' THEN row_number() OVER (PARTITION BY g.run_id, g.kind = 'waitlisted' ORDER BY g.created_at, g.id) END,
              NULL, g.created_at, coalesce(x.completed_at, g.withdrawn_at, g.created_at), 1 + (x.status <> 'enrolled')::int,
              CASE WHEN g.kind = 'rejected' THEN 'Neatbilst kursa mērķauditorijai' WHEN g.kind = 'withdrawn' AND g.h % 3 = 0 THEN 'Darba apstākļu dēļ' END,
              g.withdrawn_at, g.seated_at, x.completed_at, p.planned, p.held, p.attended,
              CASE WHEN p.held = 0 THEN 0 ELSE least(100, (p.attended * 100) / p.held) END, p.minutes, m.required, least(m.done, m.required)
         FROM bench_gen_enrolment g
         JOIN bench_gen_progress p ON p.id = g.id
         JOIN bench_gen_run r ON r.id = g.run_id
         JOIN course c ON c.id = r.course_id
         JOIN (SELECT course_id, count(*)::int AS required FROM course_module WHERE required AND retired_at IS NULL GROUP BY course_id) req ON req.course_id = c.id
         LEFT JOIN (SELECT enrolment_id, (count(*) FILTER (WHERE required))::int AS done FROM bench_gen_module_done GROUP BY enrolment_id) d ON d.enrolment_id = g.id
         CROSS JOIN LATERAL (SELECT req.required, coalesce(d.done, 0) AS done) m
         CROSS JOIN LATERAL (SELECT (p.planned + CASE WHEN c.require_all_required_modules THEN m.required ELSE 0 END) > 0
                                      AND (p.planned = 0 OR p.attended * 100 >= c.min_attendance_percent * p.planned)
                                      AND (NOT c.require_all_required_modules OR m.done >= m.required) AS met) rule
         CROSS JOIN LATERAL (SELECT CASE g.kind WHEN 'seat' THEN CASE WHEN rule.met THEN 'completed' WHEN r.ends_on < ${today} THEN 'not_completed' ELSE 'enrolled' END
                                                ELSE g.kind END AS status) s0
         CROSS JOIN LATERAL (SELECT s0.status,
                                    CASE WHEN s0.status = 'completed' THEN least(now(), coalesce(p.last_attended, r.last_end) + interval '1 hour') END AS completed_at) x`,
    ],
    [
      'attendance',
      `INSERT INTO attendance (session_id, enrolment_id, status, minutes_attended, source, marked_by, marked_at)
       SELECT s.id, g.id, mark.status,
              CASE WHEN r.online THEN CASE mark.status WHEN 'present' THEN s.minutes - g.h % 10 WHEN 'late' THEN s.minutes - 20 - g.h % 15 ELSE g.h % 10 END END,
              CASE WHEN r.online THEN 'import' ELSE 'register' END, r.trainer_id, s.ends_at + interval '10 minutes'
         FROM bench_gen_enrolment g
         JOIN bench_gen_run r ON r.id = g.run_id
         JOIN bench_gen_session s ON s.run_id = g.run_id AND s.held AND s.ends_at >= g.seated_at AND (g.withdrawn_at IS NULL OR s.starts_at < g.withdrawn_at)
         CROSS JOIN LATERAL (SELECT bench_mark(g.seed, s.k, g.absent) AS status) mark
        WHERE g.seated_at IS NOT NULL`,
    ],
    ['module completions', `INSERT INTO module_completion (enrolment_id, module_id, completed_at) SELECT enrolment_id, module_id, completed_at FROM bench_gen_module_done`],
    ['build indexes', null], // filled in by generate.mjs
    [
      'tally differences',
      // What the enrolment trigger appends for each new row (its CONTRIBUTION, migration 1795340000011).
      `INSERT INTO enrolment_tally_delta (run_id, organisation_id, requested, enrolled, waitlisted, withdrawn, rejected, completed, not_completed, attendance_sum, minutes_sum)
       SELECT e.run_id, e.organisation_id, (e.status = 'requested')::int, (e.status IN ('enrolled', 'completed', 'not_completed'))::int,
              (e.status = 'waitlisted')::int, (e.status = 'withdrawn')::int, (e.status = 'rejected')::int, (e.status = 'completed')::int,
              (e.status = 'not_completed')::int, CASE WHEN e.status IN ('enrolled', 'completed', 'not_completed') THEN e.attendance_percent ELSE 0 END,
              e.attended_minutes
         FROM enrolment e JOIN bench_gen_enrolment g ON g.id = e.id WHERE e.superseded_at IS NULL`,
    ],
    ['drop staging', `DROP TABLE bench_gen_module_done, bench_gen_progress, bench_gen_enrolment, bench_gen_session, bench_gen_run, bench_gen_trainer, bench_gen_person, bench_gen_org;
                      DROP FUNCTION bench_mark(bigint, int, int), bench_module_done(bigint, int, int), bench_u(bigint, int)`],
  ];
}
