import type { CertificateVerification, EnrolmentProgress, GeneratedFile, HistoryEntry, MyEnrolment, Page, Problem, SessionRegister } from '@di/contracts';
import JSZip from 'jszip';
import { RunEndSweep } from '../src/modules/progress/run-end-sweep';
import { courseWithRun, newTrainer, seatedAt, sessionsOf } from './support/attendance-fixtures';
import { closeEnrolmentBed, openEnrolmentBed, signedInPeople, type EnrolmentBed } from './support/enrolment-fixtures';
import { parsePdf } from '../src/testing/pdf-text';
import { getJson, type SignedIn } from './support/test-app';

jest.setTimeout(120_000);

describe('attendance, progress and completion', () => {
  let bed: EnrolmentBed;

  beforeAll(async () => {
    bed = await openEnrolmentBed();
  });

  afterAll(() => closeEnrolmentBed(bed));

  async function enrol(runId: string, people: SignedIn[]): Promise<string[]> {
    const ids: string[] = [];
    for (const person of people) {
      const answer = await bed.call<{ id: string; status: string }>(bed.admin, 'POST', `/api/runs/${runId}/enrolments`, { userId: person.userId });
      expect(answer.body.status).toBe('enrolled');
      ids.push(answer.body.id);
    }
    return ids;
  }

  const register = (who: SignedIn, sessionId: string) => bed.call<SessionRegister & Problem>(who, 'GET', `/api/sessions/${sessionId}/attendance`);
  const mark = (who: SignedIn, sessionId: string, marks: unknown[]) => bed.call<SessionRegister & Problem>(who, 'PUT', `/api/sessions/${sessionId}/attendance`, marks);
  const progressOf = async (who: SignedIn, enrolmentId: string) => (await bed.call<EnrolmentProgress>(who, 'GET', `/api/enrolments/${enrolmentId}/progress`)).body;

  it('completes a participant with 80 % attendance and the required modules at the last mark, issues a certificate that verifies, and undoes both when a mark is corrected', async () => {
    const { run, moduleIds, trainer } = await courseWithRun(bed, 'APM-PILNS');
    const sessions = await sessionsOf(bed, trainer, run.id, 5);
    const [person] = await signedInPeople(bed.db, bed.base, { count: 1, organisation: 'Kalkūni', prefix: 'pabeidz' });
    await bed.db.query(`UPDATE app_user SET full_name = 'Ēriks Šņore-Ķīļauniece' WHERE id = $1`, [person.userId]);
    const [enrolmentId] = await enrol(run.id, [person]);
    expect(await progressOf(person, enrolmentId)).toMatchObject({ sessionsPlanned: 5, sessionsHeld: 0, requiredModules: 2, status: 'enrolled' });

    for (const moduleId of moduleIds.required) expect((await bed.call(person, 'POST', `/api/modules/${moduleId}/completion`)).status).toBe(200);
    for (const [index, status] of (['present', 'late', 'absent', 'present'] as const).entries()) {
      expect((await mark(trainer, sessions[index].id, [{ enrolmentId, status, version: 0 }])).status).toBe(200);
    }
    expect(await progressOf(person, enrolmentId)).toMatchObject({ sessionsHeld: 4, sessionsAttended: 3, attendancePercent: 75, requiredModulesDone: 2, status: 'enrolled', certificateCode: null });

    const last = await mark(trainer, sessions[4].id, [{ enrolmentId, status: 'present', version: 0 }]);
    expect(last.status).toBe(200);
    const completed = await progressOf(person, enrolmentId);
    expect(completed).toMatchObject({ sessionsAttended: 4, sessionsPlanned: 5, attendancePercent: 80, status: 'completed' });
    expect(completed.completedAt).not.toBeNull();
    expect(completed.certificateCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const mine = await bed.call<Page<MyEnrolment>>(person, 'GET', '/api/me/enrolments');
    expect(mine.body.items.find((item) => item.id === enrolmentId)?.progress).toMatchObject({ status: 'completed', certificateCode: completed.certificateCode });

    const pdf = await fetch(`${bed.base}/api/enrolments/${enrolmentId}/certificate.pdf`, { headers: { Authorization: `Bearer ${person.accessToken}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = await parsePdf(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Ēriks Šņore-Ķīļauniece');
    expect(text).toContain('Sociālo mentoru apmācība — ģimenes atbalsts');
    expect(text).toContain(completed.certificateCode as string);

    const verified = await getJson<CertificateVerification>(bed.base, `/api/certificates/${completed.certificateCode}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, fullName: 'Ēriks Šņore-Ķīļauniece', courseTitle: { lv: 'Sociālo mentoru apmācība — ģimenes atbalsts' }, revokedAt: null });
    expect(JSON.stringify(verified.body)).not.toMatch(/@|Kalkūni/);

    // The trainer corrects the last mark: 3 of 5 is below the rule.
    const corrected = await mark(trainer, sessions[4].id, [{ enrolmentId, status: 'absent', version: 1 }]);
    expect(corrected.status).toBe(200);
    expect(await progressOf(person, enrolmentId)).toMatchObject({ status: 'enrolled', completedAt: null, certificateCode: null, sessionsAttended: 3 });
    const revoked = await getJson<CertificateVerification>(bed.base, `/api/certificates/${completed.certificateCode}`);
    expect(revoked.body.valid).toBe(false);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await fetch(`${bed.base}/api/enrolments/${enrolmentId}/certificate.pdf`, { headers: { Authorization: `Bearer ${person.accessToken}` } })).status).toBe(404);

    const history = await bed.call<Page<HistoryEntry>>(bed.admin, 'GET', `/api/enrolments/${enrolmentId}/history?pageSize=100`);
    const completions = history.body.items.filter((entry) => entry.action === 'enrolment.completion_changed');
    expect(completions.map((entry) => [entry.oldValue?.['status'], entry.newValue?.['status']])).toEqual([
      ['enrolled', 'completed'],
      ['completed', 'enrolled'],
    ]);
    expect(completions[1].newValue?.['because']).toMatchObject({ cause: 'attendance', sessionId: sessions[4].id, sessionsAttended: 3, sessionsPlanned: 5, minAttendancePercent: 80 });
    expect(completions[1].actor?.id).toBe(trainer.userId);
    const marks = history.body.items.filter((entry) => entry.action === 'attendance.marked' && entry.newValue?.['sessionId'] === sessions[4].id);
    expect(marks.map((entry) => [entry.oldValue?.['status'], entry.newValue?.['status']])).toEqual([
      ['unmarked', 'present'],
      ['present', 'absent'],
    ]);

    // An optional module does not count; undoing a required one does.
    expect((await mark(trainer, sessions[4].id, [{ enrolmentId, status: 'present' }])).status).toBe(200);
    expect((await progressOf(person, enrolmentId)).status).toBe('completed');
    await bed.call(person, 'DELETE', `/api/modules/${moduleIds.optional}/completion`);
    expect((await progressOf(person, enrolmentId)).status).toBe('completed');
    const undone = await bed.call<EnrolmentProgress[]>(person, 'DELETE', `/api/modules/${moduleIds.required[1]}/completion`);
    expect(undone.body).toEqual([expect.objectContaining({ enrolmentId, status: 'enrolled', requiredModulesDone: 1 })]);
  });

  it('lists who held a seat at each session, shows later enrolments as not yet enrolled, and refuses to mark them or a cancelled session', async () => {
    const { run, trainer } = await courseWithRun(bed, 'APM-SARAKSTS');
    const sessions = await sessionsOf(bed, trainer, run.id, 3);
    const people = await signedInPeople(bed.db, bed.base, { count: 3, organisation: 'Kalupe', prefix: 'saraksts' });
    const [early, late, leaver] = await enrol(run.id, people);
    await seatedAt(bed.db, [late], new Date(new Date(sessions[0].endsAt).getTime() + 60_000));

    const first = await register(trainer, sessions[0].id);
    expect(first.status).toBe(200);
    const standing = Object.fromEntries(first.body.entries.map((entry) => [entry.enrolmentId, entry.standing]));
    expect(standing).toEqual({ [early]: 'enrolled', [late]: 'not_yet_enrolled', [leaver]: 'enrolled' });
    expect(first.body.entries.every((entry) => entry.status === 'unmarked')).toBe(true);

    const refused = await mark(trainer, sessions[0].id, [{ enrolmentId: late, status: 'absent' }]);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('NOT_ENROLLED');

    expect((await mark(trainer, sessions[0].id, [early, leaver].map((enrolmentId) => ({ enrolmentId, status: 'present' })))).status).toBe(200);
    await bed.db.query(`UPDATE enrolment SET status = 'withdrawn', withdrawn_at = $2 WHERE id = $1`, [leaver, new Date(new Date(sessions[1].startsAt).getTime() - 60_000)]);
    expect((await register(trainer, sessions[0].id)).body.entries.map((entry) => entry.enrolmentId)).toContain(leaver);
    expect((await register(trainer, sessions[1].id)).body.entries.map((entry) => entry.enrolmentId)).not.toContain(leaver);

    const outsider = (await signedInPeople(bed.db, bed.base, { count: 1, organisation: 'Kalupe', prefix: 'svesais' }))[0];
    const stranger = await mark(trainer, sessions[0].id, [{ enrolmentId: '00000000-0000-4000-8000-000000000000', status: 'present' }]);
    expect(stranger.body.code).toBe('NOT_ENROLLED');
    expect((await mark(outsider, sessions[0].id, [{ enrolmentId: early, status: 'absent' }])).status).toBe(403);
    expect((await register(outsider, sessions[0].id)).status).toBe(403);

    const cancelled = await bed.call(trainer, 'POST', `/api/sessions/${sessions[2].id}/cancel`, { reason: 'Pasniedzēja slima' });
    expect(cancelled.status).toBe(200);
    const onCancelled = await mark(trainer, sessions[2].id, [{ enrolmentId: early, status: 'present' }]);
    expect(onCancelled.status).toBe(409);
    expect(onCancelled.body.code).toBe('SESSION_CANCELLED');
    expect(await progressOf(bed.admin, early)).toMatchObject({ sessionsPlanned: 2, sessionsHeld: 1, sessionsAttended: 1, attendancePercent: 100 });
  });

  it('lets one of two trainers marking the same people at once win, and tells the other which marks changed, losing nothing', async () => {
    const { run, trainer } = await courseWithRun(bed, 'APM-VIENLAIKUS');
    const [session] = await sessionsOf(bed, trainer, run.id, 1);
    const second = await newTrainer(bed, 'otra-pasniedzeja@test.invalid');
    await bed.call(bed.admin, 'PATCH', `/api/runs/${run.id}`, { trainerIds: [trainer.userId, second.userId], version: run.version });
    const people = await signedInPeople(bed.db, bed.base, { count: 8, organisation: 'Kalkūni', prefix: 'vienlaikus' });
    const ids = await enrol(run.id, people);

    // Each round both change every mark (to states no earlier round left), from the same versions.
    const rounds = [
      ['present', 'absent'],
      ['late', 'excused'],
      ['unmarked', 'present'],
    ];
    for (const [round, [mine, theirs]] of rounds.entries()) {
      const seen = (await register(trainer, session.id)).body.entries;
      const marksOf = (status: string) => seen.map((entry) => ({ enrolmentId: entry.enrolmentId, status, version: entry.version }));
      const answers = await Promise.all([mark(trainer, session.id, marksOf(mine)), mark(second, session.id, marksOf(theirs))]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.status === 409) as { body: Problem & { conflicts?: { enrolmentId: string }[] } };
      expect(loser.body.code).toBe('STALE_UPDATE');
      expect(loser.body.conflicts?.map((conflict) => conflict.enrolmentId).sort()).toEqual([...ids].sort());
      const winner = answers.find((answer) => answer.status === 200) as { body: SessionRegister };
      const after = (await register(trainer, session.id)).body.entries;
      expect(after.map((entry) => entry.status)).toEqual(winner.body.entries.map((entry) => entry.status));
      expect(after.every((entry) => entry.version === round + 1)).toBe(true);
    }
  });

  it('imports a Zoom report: rejoins added up, matched by email then name, the threshold decides, the rest listed', async () => {
    const { run, trainer } = await courseWithRun(bed, 'APM-ZOOM');
    const [session] = await sessionsOf(bed, trainer, run.id, 1, 'online');
    const people = await signedInPeople(bed.db, bed.base, { count: 3, organisation: 'Kalkūni', prefix: 'zoom' });
    await bed.db.query(`UPDATE app_user SET full_name = 'Līga Bērziņa' WHERE id = $1`, [people[2].userId]);
    const ids = await enrol(run.id, people);
    const start = new Date(session.startsAt);
    const at = (minutes: number) => {
      const riga = new Date(start.getTime() + minutes * 60_000).toLocaleString('en-US', { timeZone: 'Europe/Riga', hour12: true, month: '2-digit', day: '2-digit', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });
      return riga.replace(',', '');
    };
    const csv = [
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent',
      `Pirmā,zoom-1@test.invalid,${at(0)},${at(4)},4,No,Y`,
      `Pirmā,zoom-1@test.invalid,${at(5)},${at(10)},5,No,Y`,
      `Otrā,zoom-2@test.invalid,${at(0)},${at(2)},2,No,Y`,
      `Līga Bērziņa,,${at(0)},${at(9)},9,Yes,Y`,
      `Nezināms Viesis,,${at(1)},${at(7)},6,Yes,Y`,
    ].join('\r\n');
    const send = (query: string) =>
      fetch(`${bed.base}/api/sessions/${session.id}/attendance/import${query}`, { method: 'POST', headers: { Authorization: `Bearer ${trainer.accessToken}`, 'Content-Type': 'text/csv' }, body: csv });

    const preview = (await (await send('?dryRun=true&minMinutes=8')).json()) as { format: string; matched: { enrolmentId: string; minutes: number; status: string; matchedBy: string; joins: number }[]; unmatched: { name: string; minutes: number }[] };
    expect(preview.format).toBe('zoom');
    expect(preview.matched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ enrolmentId: ids[0], minutes: 9, joins: 2, status: 'present', matchedBy: 'email' }),
        expect.objectContaining({ enrolmentId: ids[1], minutes: 2, status: 'absent' }),
        expect.objectContaining({ enrolmentId: ids[2], minutes: 9, status: 'present', matchedBy: 'name' }),
      ]),
    );
    expect(preview.unmatched).toEqual([expect.objectContaining({ name: 'Nezināms Viesis', minutes: 6 })]);
    expect((await register(trainer, session.id)).body.entries.every((entry) => entry.status === 'unmarked')).toBe(true);

    const written = await send('?minMinutes=8');
    expect(written.status).toBe(200);
    const entries = (await register(trainer, session.id)).body.entries;
    expect(Object.fromEntries(entries.map((entry) => [entry.enrolmentId, [entry.status, entry.minutesAttended, entry.source]]))).toEqual({
      [ids[0]]: ['present', 9, 'import'],
      [ids[1]]: ['absent', 2, 'import'],
      [ids[2]]: ['present', 9, 'import'],
    });
    const [{ count }] = await bed.db.query(`SELECT count(*)::int AS count FROM attendance_report WHERE session_id = $1 AND format = 'zoom'`, [session.id]);
    expect(count).toBe(1);

    const people2 = await fetch(`${bed.base}/api/sessions/${session.id}/attendance/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${trainer.accessToken}`, 'Content-Type': 'text/csv' },
      body: 'Vārds;Uzvārds;E-pasts\r\nJānis;Ozoliņš;janis@test.invalid\r\n',
    });
    expect(people2.status).toBe(400);
    expect(((await people2.json()) as Problem).detail).toMatch(/Teams.*Zoom.*Meet/);
  });

  it('checks in a participant with the code shown in the room, and refuses a wrong code, a stranger and an expired code', async () => {
    const { run, trainer } = await courseWithRun(bed, 'APM-KODS');
    const [session] = await sessionsOf(bed, trainer, run.id, 1);
    const [member, stranger] = await signedInPeople(bed.db, bed.base, { count: 2, organisation: 'Kalupe', prefix: 'kods' });
    const [enrolmentId] = await enrol(run.id, [member]);
    // The code works from 15 minutes before; this session begins in 5.
    const code = await bed.call<{ code: string; validUntil: string } & Problem>(trainer, 'POST', `/api/sessions/${session.id}/check-in-code`);
    expect(code.status).toBe(200);
    expect(code.body.code).toMatch(/^[0-9]{6}$/);
    expect((await bed.call(member, 'GET', `/api/sessions/${session.id}/check-in-code`)).status).toBe(403);

    const wrong = String((Number(code.body.code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await bed.call<Problem>(member, 'POST', `/api/sessions/${session.id}/check-in`, { code: wrong });
    expect(refused.body.code).toBe('INVALID_CHECK_IN_CODE');
    const notEnrolled = await bed.call<Problem>(stranger, 'POST', `/api/sessions/${session.id}/check-in`, { code: code.body.code });
    expect(notEnrolled.body.code).toBe('NOT_ENROLLED');

    const checkedIn = await bed.call<{ status: string; source: string }>(member, 'POST', `/api/sessions/${session.id}/check-in`, { code: code.body.code });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ status: 'present', source: 'check_in' });
    expect(await progressOf(member, enrolmentId)).toMatchObject({ sessionsAttended: 1, sessionsHeld: 1 });

    // The trainer can still correct it; after the session the code is refused.
    expect((await mark(trainer, session.id, [{ enrolmentId, status: 'late' }])).body.entries[0].status).toBe('late');
    await bed.db.query(`UPDATE session_check_in SET valid_until = now() - interval '1 second' WHERE session_id = $1`, [session.id]);
    const expired = await bed.call<Problem>(member, 'POST', `/api/sessions/${session.id}/check-in`, { code: code.body.code });
    expect(expired.body.code).toBe('INVALID_CHECK_IN_CODE');
  });

  it('marks enrolments that did not meet the rule not completed once the run is over, and leaves completions alone', async () => {
    const { run, moduleIds, trainer } = await courseWithRun(bed, 'APM-BEIGAS');
    const [session] = await sessionsOf(bed, trainer, run.id, 1);
    const [done, notDone] = await signedInPeople(bed.db, bed.base, { count: 2, organisation: 'Kalkūni', prefix: 'beigas' });
    const [doneId, notDoneId] = await enrol(run.id, [done, notDone]);
    for (const moduleId of moduleIds.required) await bed.call(done, 'POST', `/api/modules/${moduleId}/completion`);
    await mark(trainer, session.id, [
      { enrolmentId: doneId, status: 'present' },
      { enrolmentId: notDoneId, status: 'absent' },
    ]);
    expect((await progressOf(done, doneId)).status).toBe('completed');
    await bed.db.query(`UPDATE course_run SET starts_on = current_date - 40, ends_on = current_date - 2 WHERE id = $1`, [run.id]);
    expect(await bed.testApp.app.get(RunEndSweep).sweep()).toBeGreaterThanOrEqual(1);
    expect((await progressOf(notDone, notDoneId)).status).toBe('not_completed');
    expect((await progressOf(done, doneId)).status).toBe('completed');
    const history = await bed.call<Page<HistoryEntry>>(bed.admin, 'GET', `/api/enrolments/${notDoneId}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ action: 'enrolment.completion_changed', actor: null, newValue: expect.objectContaining({ status: 'not_completed' }) });
  });

  it('gives a run’s valid certificates as one ZIP to its trainer, and not to a coordinator of another region', async () => {
    const { run, moduleIds, trainer } = await courseWithRun(bed, 'APM-ZIP');
    const [session] = await sessionsOf(bed, trainer, run.id, 1);
    const people = await signedInPeople(bed.db, bed.base, { count: 2, organisation: 'Kalkūni', prefix: 'zip' });
    const ids = await enrol(run.id, people);
    for (const person of people) for (const moduleId of moduleIds.required) await bed.call(person, 'POST', `/api/modules/${moduleId}/completion`);
    await mark(trainer, session.id, ids.map((enrolmentId) => ({ enrolmentId, status: 'present' })));
    const zip = await fetch(`${bed.base}/api/runs/${run.id}/certificates.zip`, { headers: { Authorization: `Bearer ${trainer.accessToken}` } });
    expect(zip.status).toBe(200);
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const files = Object.keys((await JSZip.loadAsync(bytes)).files);
    expect(files).toHaveLength(2);
    expect(files.every((name) => name.endsWith('.pdf'))).toBe(true);
    expect((await fetch(`${bed.base}/api/runs/${run.id}/certificates.zip`, { headers: { Authorization: `Bearer ${bed.riga.accessToken}` } })).status).toBe(403);

    // The same as a job (for runs of any size): progress, then the file, for the one who asked only.
    const started = await bed.call<GeneratedFile>(trainer, 'POST', `/api/runs/${run.id}/certificates.zip`);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'certificates_zip', status: 'queued' });
    let file = started.body;
    for (let i = 0; i < 100 && file.status !== 'done' && file.status !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      file = (await bed.call<GeneratedFile>(trainer, 'GET', `/api/files/${file.id}`)).body;
    }
    expect(file).toMatchObject({ status: 'done', doneItems: 2, totalItems: 2, fileName: 'apliecibas.zip' });
    const made = await fetch(`${bed.base}/api/files/${file.id}/content`, { headers: { Authorization: `Bearer ${trainer.accessToken}` } });
    expect(made.headers.get('content-type')).toBe('application/zip');
    expect(Object.keys((await JSZip.loadAsync(Buffer.from(await made.arrayBuffer()))).files)).toHaveLength(2);
    expect((await bed.call(bed.admin, 'GET', `/api/files/${file.id}`)).status).toBe(404);
    expect((await fetch(`${bed.base}/api/files/${file.id}/content`, { headers: { Authorization: `Bearer ${bed.admin.accessToken}` } })).status).toBe(404);
  });
});

