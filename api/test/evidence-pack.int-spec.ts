import type { EnrolmentProgress, GeneratedFile, Problem, SessionRegister } from '@di/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parsePdf } from '../src/testing/pdf-text';
import { courseWithRun, newTrainer, sessionsOf } from './support/attendance-fixtures';
import { closeEnrolmentBed, openEnrolmentBed, signedInPeople, type EnrolmentBed } from './support/enrolment-fixtures';
import type { SignedIn } from './support/test-app';

jest.setTimeout(180_000);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function download(base: string, who: SignedIn, path: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${who.accessToken}` } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function part(zip: JSZip, name: string | undefined): Promise<Buffer> {
  const entry = name ? zip.file(name) : null;
  if (!entry) throw new Error(`No ${name} in the ZIP`);
  return entry.async('nodebuffer');
}

async function sheetRows(xlsx: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
  const sheet = workbook.getWorksheet('Dalībnieki');
  if (!sheet) throw new Error('No sheet "Dalībnieki"');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from(row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
  return rows;
}

describe('the ESF evidence pack and the participant list of a run', () => {
  let bed: EnrolmentBed;
  let runId: string;
  let trainer: SignedIn;
  let projectNumber: string;
  let zoomCsv: string;
  const names = { completer: 'Ēriks Šņore-Ķīļauniece', formula: '=HYPERLINK("x") Dalībniece', leaver: 'Aiga Aizgājēja' };

  beforeAll(async () => {
    bed = await openEnrolmentBed();
    const made = await courseWithRun(bed, 'ESF-PAKA');
    runId = made.run.id;
    trainer = made.trainer;
    [{ number: projectNumber }] = await bed.db.query(`SELECT number FROM project WHERE region_code = 'LPR' ORDER BY number LIMIT 1`);
    await bed.db.query(`UPDATE course_run SET project_id = (SELECT id FROM project WHERE number = $2) WHERE id = $1`, [runId, projectNumber]);

    // Three sessions: in the room, online, and one cancelled (no sheet for it).
    const [room, online, cancelled] = await sessionsOf(bed, trainer, runId, 3);
    await bed.db.query(`UPDATE training_session SET mode = 'online', meeting_url = 'https://meet.test.invalid/esf', venue = NULL WHERE id = $1`, [online.id]);
    expect((await bed.call(trainer, 'POST', `/api/sessions/${cancelled.id}/cancel`, { reason: 'Pasniedzēja slimība' })).status).toBe(200);

    const people = await signedInPeople(bed.db, bed.base, { count: 3, organisation: 'Kalkūni', prefix: 'esf' });
    for (const [index, name] of [names.completer, names.formula, names.leaver].entries()) {
      await bed.db.query(`UPDATE app_user SET full_name = $2 WHERE id = $1`, [people[index].userId, name]);
    }
    const ids: string[] = [];
    for (const person of people) ids.push((await bed.call<{ id: string }>(bed.admin, 'POST', `/api/runs/${runId}/enrolments`, { userId: person.userId })).body.id);
    const [completer, formula, leaver] = ids;
    expect((await bed.call(bed.admin, 'PATCH', `/api/enrolments/${leaver}`, { status: 'withdrawn', reason: 'Mainīja darbu' })).status).toBe(200);

    for (const moduleId of made.moduleIds.required) await bed.call(people[0], 'POST', `/api/modules/${moduleId}/completion`);
    const mark = (marks: unknown[]) => bed.call<SessionRegister & Problem>(trainer, 'PUT', `/api/sessions/${room.id}/attendance`, marks);
    expect((await mark([{ enrolmentId: completer, status: 'present' }, { enrolmentId: formula, status: 'late' }])).status).toBe(200);
    // A correction, for the history.
    expect((await mark([{ enrolmentId: formula, status: 'present', version: 1 }])).status).toBe(200);

    const start = new Date(online.startsAt);
    const at = (minutes: number) =>
      new Date(start.getTime() + minutes * 60_000)
        .toLocaleString('en-US', { timeZone: 'Europe/Riga', hour12: true, month: '2-digit', day: '2-digit', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' })
        .replace(',', '');
    zoomCsv = [
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent',
      `Ēriks,esf-1@test.invalid,${at(0)},${at(9)},9,No,Y`,
      `Formula,esf-2@test.invalid,${at(0)},${at(2)},2,No,Y`,
    ].join('\r\n');
    const form = new FormData();
    form.append('file', new Blob([zoomCsv], { type: 'text/csv' }), 'Zoom dalībnieki.csv');
    const imported = await fetch(`${bed.base}/api/sessions/${online.id}/attendance/import`, { method: 'POST', headers: { Authorization: `Bearer ${trainer.accessToken}` }, body: form });
    expect(imported.status).toBe(200);
    expect((await bed.call<EnrolmentProgress>(people[0], 'GET', `/api/enrolments/${completer}/progress`)).body).toMatchObject({ status: 'completed', sessionsHeld: 2 });
  });

  afterAll(() => closeEnrolmentBed(bed));

  it('makes one ZIP with the participant list, a sheet per session held, the meeting report as received, the certificate and the history of the marks', async () => {
    expect((await bed.call<Problem>(trainer, 'GET', `/api/runs/${runId}/evidence-pack`)).status).toBe(404);
    const started = await bed.call<GeneratedFile>(trainer, 'POST', `/api/runs/${runId}/evidence-pack`);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'evidence_pack', status: 'queued' });

    let file = started.body;
    for (let i = 0; i < 150 && file.status !== 'done' && file.status !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      file = (await bed.call<GeneratedFile>(trainer, 'GET', `/api/runs/${runId}/evidence-pack`)).body;
      expect(file.id).toBe(started.body.id);
    }
    // The list, two sheets, one report, one certificate, the history.
    expect(file).toMatchObject({ status: 'done', doneItems: 6, totalItems: 6, fileName: 'esf-pieradijumi.zip', error: null });

    const made = await download(bed.base, trainer, `/api/files/${file.id}/content`);
    expect(made.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(made.body);
    const entries = Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
    const sheets = entries.filter((name) => name.startsWith('apmeklejums/'));
    expect(sheets).toHaveLength(2);
    expect(sheets.every((name) => /^apmeklejums\/\d{4}-\d{2}-\d{2}_\d{4}_0[12]\.pdf$/.test(name))).toBe(true);
    expect(entries.filter((name) => name.startsWith('atskaites/'))).toEqual([expect.stringMatching(/^atskaites\/\d{4}-\d{2}-\d{2}_\d{4}_02_1-Zoom-dalibnieki\.csv$/)]);
    expect(entries.filter((name) => name.startsWith('sertifikati/'))).toEqual([expect.stringMatching(/^sertifikati\/Ēriks-Šņore-Ķīļauniece-[0-9A-Z-]{14}\.pdf$/)]);
    expect(entries).toEqual(expect.arrayContaining(['dalibnieki.xlsx', 'apmeklejuma-vesture.csv']));

    const rows = await sheetRows(await part(zip, 'dalibnieki.xlsx'));
    expect(rows[0]).toEqual(['Vārds, uzvārds', 'Organizācija', 'Dalībnieka veids', 'Statuss', 'Apmeklējums, %', 'Apmeklētās nodarbības', 'Notikušās nodarbības', 'Pabeigšanas datums', 'Apliecības kods']);
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[0], row]));
    expect(Object.keys(byName).sort()).toEqual([names.formula, names.leaver, names.completer].sort());
    expect(byName[names.completer]).toEqual([names.completer, 'Kalkūni', 'VSAC darbinieks', 'Kurss pabeigts', '100', '2', '2', expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/), expect.stringMatching(/^[0-9A-Z]{4}-/)]);
    // Text stays text in XLSX: the formula-looking name is a string, not a formula.
    expect(byName[names.formula].slice(3, 7)).toEqual(['Dalība apstiprināta', '50', '1', '2']);
    expect(byName[names.leaver][3]).toBe('Dalība atsaukta');

    const [roomSheet, onlineSheet] = await Promise.all(sheets.map(async (name) => parsePdf(await part(zip, name))));
    expect(roomSheet.pages).toBe(1);
    for (const expected of [`Projekts Nr. ${projectNumber}`, 'Sociālo mentoru apmācība — ģimenes atbalsts', 'Grupa ESF-PAKA', 'Kalkūnu mācību telpa', names.completer, 'Kalkūni', 'Klātesošs', 'Paraksts', 'Eiropas Sociālā fonda']) {
      expect(roomSheet.text).toContain(expected);
    }
    // Who had withdrawn before the session is not on its sheet.
    expect(roomSheet.text).not.toContain(names.leaver);
    expect(onlineSheet.text).toContain('tiešsaistē');
    expect(onlineSheet.text).toContain('Klātesošs (9 min)');
    expect(onlineSheet.text).toContain('Nav ieradies (2 min)');
    expect(onlineSheet.text).not.toContain('Paraksts');

    const report = await part(zip, entries.find((name) => name.startsWith('atskaites/')));
    expect(report.equals(Buffer.from(zoomCsv))).toBe(true);
    const certificate = await part(zip, entries.find((name) => name.startsWith('sertifikati/')));
    expect((await parsePdf(certificate)).text).toContain(names.completer);

    const history = await part(zip, 'apmeklejuma-vesture.csv');
    expect(history.subarray(0, 3).equals(BOM)).toBe(true);
    const lines = history.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Laiks;Kas mainīja;Nodarbība;Dalībnieks;Iepriekš;Tagad;Kā');
    expect(lines).toHaveLength(1 + 5);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`;Pasniedzēja [^;]+;[^;]+;${names.completer};Neatzīmēts;Klātesošs;reģistrs$`)),
        expect.stringMatching(/;"'=HYPERLINK\(""x""\) Dalībniece";Nokavēja;Klātesošs;reģistrs$/),
        expect.stringMatching(new RegExp(`;${names.completer};Neatzīmēts;Klātesošs, 9 min;sapulces atskaite$`)),
      ]),
    );

    // The file is the trainer's only.
    expect((await bed.call(bed.admin, 'GET', `/api/files/${file.id}`)).status).toBe(404);
  });

  it('is refused as not found to a trainer of another run and a coordinator of another region, and to a participant', async () => {
    const stranger = await newTrainer(bed, 'cits-esf@test.invalid');
    const [participant] = await signedInPeople(bed.db, bed.base, { count: 1, organisation: 'Kalkūni', prefix: 'esf-dalibnieks' });
    for (const who of [stranger, bed.riga]) {
      expect((await bed.call(who, 'POST', `/api/runs/${runId}/evidence-pack`)).status).toBe(404);
      expect((await bed.call(who, 'GET', `/api/runs/${runId}/evidence-pack`)).status).toBe(404);
      expect((await download(bed.base, who, `/api/runs/${runId}/participants.csv`)).status).toBe(404);
      expect((await download(bed.base, who, `/api/runs/${runId}/participants.xlsx`)).status).toBe(404);
    }
    expect((await bed.call(participant, 'POST', `/api/runs/${runId}/evidence-pack`)).status).toBe(403);
    expect((await download(bed.base, participant, `/api/runs/${runId}/participants.csv`)).status).toBe(403);
    // The Latgale coordinator may, and has no pack until asking for one.
    expect((await bed.call(bed.latgale, 'GET', `/api/runs/${runId}/evidence-pack`)).status).toBe(404);
    expect((await download(bed.base, bed.latgale, `/api/runs/${runId}/participants.csv`)).status).toBe(200);
    expect((await bed.call(bed.admin, 'GET', `/api/runs/not-a-uuid/evidence-pack`)).status).toBe(400);
  });

  it('streams the participant list as CSV for Latvian Excel (BOM, ";", a formula made inert) and as XLSX', async () => {
    const csv = await download(bed.base, trainer, `/api/runs/${runId}/participants.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('private, no-store');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="dalibnieki-Grupa-ESF-PAKA\.csv"/);
    expect(csv.body.subarray(0, 3).equals(BOM)).toBe(true);
    const lines = csv.body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Vārds, uzvārds;Organizācija;Dalībnieka veids;Statuss;Apmeklējums, %;Apmeklētās nodarbības;Notikušās nodarbības;Pabeigšanas datums;Apliecības kods');
    expect(lines).toHaveLength(4);
    expect(lines).toContain(`"'=HYPERLINK(""x"") Dalībniece";Kalkūni;VSAC darbinieks;Dalība apstiprināta;50;1;2;;`);

    const xlsx = await download(bed.base, trainer, `/api/runs/${runId}/participants.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toMatch(/filename="dalibnieki-Grupa-ESF-PAKA\.xlsx"/);
    const rows = await sheetRows(xlsx.body);
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row[0])).toContain(names.formula);
  });
});
