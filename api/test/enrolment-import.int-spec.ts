import type { EnrolmentImportResponse, Problem } from '@di/contracts';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { caller, closeEnrolmentBed, openEnrolmentBed, type EnrolmentBed, newRun, signedInPeople } from './support/enrolment-fixtures';
import { DEMO, signIn, type SignedIn } from './support/test-app';

/** Latvian letters in Windows-1257, the code page Excel's "CSV" uses on a Latvian Windows. */
const CP1257: Record<string, number> = {
  Ā: 0xc2, ā: 0xe2, Č: 0xc8, č: 0xe8, Ē: 0xc7, ē: 0xe7, Ģ: 0xcc, ģ: 0xec, Ī: 0xce, ī: 0xee, Ķ: 0xcd, ķ: 0xed,
  Ļ: 0xcf, ļ: 0xef, Ņ: 0xd2, ņ: 0xf2, Š: 0xd0, š: 0xf0, Ū: 0xdb, ū: 0xfb, Ž: 0xde, ž: 0xfe,
};
function windows1257(text: string): Buffer {
  return Buffer.from([...text].map((char) => CP1257[char] ?? (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : Number.NaN)));
}

const LATVIAN_CSV = [
  'Vārds;Uzvārds;E-pasts;Iestāde;Dalībnieka veids',
  'Ārija;Ķēniņa;arija.kenina@test.invalid;Kalupe;VSAC darbinieks',
  '',
  '"Gatis ""Gaņa""";Šņore;gatis.snore@test.invalid;Kalupe;',
  'Līga;Ūdre-Žagare;liga.udre@test.invalid;Kalkūni;VSAC darbinieks',
  '',
].join('\r\n');

describe('enrolment from a file, as Latvian offices send it', () => {
  let base: string;
  let db: DataSource;
  let admin: SignedIn;
  let latgale: SignedIn;
  let riga: SignedIn;
  let call: ReturnType<typeof caller>;

  async function upload(who: SignedIn, runId: string, body: Buffer, contentType: string, query = ''): Promise<{ status: number; body: EnrolmentImportResponse & Problem }> {
    const response = await fetch(`${base}/api/runs/${runId}/enrolments/import${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${who.accessToken}`, 'Content-Type': contentType },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as EnrolmentImportResponse & Problem };
  }
  const counts = async () => (await db.query(`SELECT (SELECT count(*)::int FROM app_user) AS people, (SELECT count(*)::int FROM enrolment) AS enrolments, (SELECT count(*)::int FROM mail_outbox) AS mails`))[0];

  let bed: EnrolmentBed | undefined;
  beforeAll(async () => {
    bed = await openEnrolmentBed();
    ({ base, db, admin, latgale, riga, call } = bed);
  });
  afterAll(() => closeEnrolmentBed(bed));

  it('reads a Windows-1257 file and a UTF-8 file with a BOM to the same people, and a dry run writes nothing', async () => {
    const run = await newRun(base, admin, db, { capacity: 2 });
    const before = await counts();
    const ansi = await upload(latgale, run.id, windows1257(LATVIAN_CSV), 'text/csv', '?dryRun=true');
    const bom = await upload(latgale, run.id, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LATVIAN_CSV, 'utf8')]), 'text/csv', '?dryRun=true');
    expect(ansi.status).toBe(200);
    expect(ansi.body).toMatchObject({ dryRun: true, written: false, format: 'csv', encoding: 'windows-1257', delimiter: ';' });
    expect(bom.body).toMatchObject({ encoding: 'utf-8-bom', delimiter: ';' });
    const people = (answer: typeof ansi) => answer.body.rows.map((row) => [row.row, row.fullName, row.email, row.organisationName, row.status, row.enrolmentStatus]);
    expect(people(ansi)).toEqual(people(bom));
    expect(people(ansi)).toEqual([
      [2, 'Ārija Ķēniņa', 'arija.kenina@test.invalid', 'Kalupe', 'created', 'enrolled'],
      [4, 'Gatis "Gaņa" Šņore', 'gatis.snore@test.invalid', 'Kalupe', 'created', 'enrolled'],
      [5, 'Līga Ūdre-Žagare', 'liga.udre@test.invalid', 'Kalkūni', 'created', 'waitlisted'],
    ]);
    expect(await counts()).toEqual(before);

    const written = await upload(latgale, run.id, windows1257(LATVIAN_CSV), 'text/csv');
    expect(written.body.written).toBe(true);
    const stored: { full_name: string; status: string; organisation: string }[] = await db.query(
      `SELECT u.full_name, e.status, o.name AS organisation FROM enrolment e JOIN app_user u ON u.id = e.user_id JOIN organisation o ON o.id = e.organisation_id
        WHERE e.run_id = $1 ORDER BY e.created_at, u.full_name`,
      [run.id],
    );
    expect(stored.map((row) => [row.full_name, row.status, row.organisation]).sort()).toEqual([
      ['Gatis "Gaņa" Šņore', 'enrolled', 'Kalupe'],
      ['Līga Ūdre-Žagare', 'waitlisted', 'Kalkūni'],
      ['Ārija Ķēniņa', 'enrolled', 'Kalupe'],
    ]);
    // Each new person is invited.
    const invitations = await db.query(`SELECT recipient FROM mail_outbox WHERE template = 'invitation' AND recipient = ANY($1)`, [
      ['arija.kenina@test.invalid', 'gatis.snore@test.invalid', 'liga.udre@test.invalid'],
    ]);
    expect(invitations).toHaveLength(3);
    // Again: everyone is already there.
    const again = await upload(latgale, run.id, windows1257(LATVIAN_CSV), 'text/csv', '?partial=true');
    expect(again.body.rows.map((row) => [row.status, row.message])).toEqual(Array(3).fill(['error', expect.stringContaining('already enrolled')]));
  });

  it('writes nothing when a row is wrong, unless partial; then only the good rows', async () => {
    const [existing] = await signedInPeople(db, base, { count: 1, organisation: 'Krastiņi', prefix: 'fails' });
    const run = await newRun(base, admin, db);
    const csv = [
      'E-pasts,Vārds Uzvārds,Organizācija',
      `${existing.email},Kāds Cits Vārds,Krastiņi`,
      'nav-epasts,Bez Pasta,Kalupe',
      'jauna.persona@test.invalid,Jauna Persona,Nezināma iestāde',
      'riga.persona@test.invalid,Rīgas Persona,Ogres novads',
      'formula@test.invalid,"=cmd|\' /C calc\'!A0",Kalupe',
    ].join('\n');
    const before = await counts();
    const refused = await upload(latgale, run.id, Buffer.from(csv), 'text/plain');
    expect(refused.status).toBe(200);
    expect(refused.body.written).toBe(false);
    expect(refused.body.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'enrolled'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'created'],
    ]);
    // An existing person keeps their own name; the messages say what is wrong.
    expect(refused.body.rows[0].fullName).toBe(existing.email.replace(/^/, 'Pārbaude '));
    expect(refused.body.rows[2].message).toContain('Nezināma iestāde');
    expect(refused.body.rows[3].message).toContain('Ogres novads');
    expect(await counts()).toEqual(before);

    const partial = await upload(latgale, run.id, Buffer.from(csv), 'text/csv', '?partial=true');
    expect(partial.body.written).toBe(true);
    const [formula]: { full_name: string }[] = await db.query(`SELECT full_name FROM app_user WHERE email = 'formula@test.invalid'`);
    expect(formula.full_name).toBe("=cmd|' /C calc'!A0");
    expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE run_id = $1`, [run.id]))[0].n).toBe(2);
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode text"), an XLSX workbook, and multipart uploads; refuses what it cannot read', async () => {
    const run = await newRun(base, admin, db, { capacity: 10 });
    const tsv = 'First name\tLast name\tEmail\tOrganisation\r\nKrišjānis\tBērziņš\tkrisjanis@test.invalid\tKalupe\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const unicodeText = await upload(latgale, run.id, utf16, 'text/plain', '?dryRun=true');
    expect(unicodeText.body).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rows: [{ fullName: 'Krišjānis Bērziņš', status: 'created' }] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dalībnieki');
    sheet.addRow(['Vārds, uzvārds', 'E-pasts', 'Iestāde']);
    sheet.addRow(['Inese Ābele', 'inese.abele@test.invalid', 'Kalupe']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await upload(latgale, run.id, xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fromXlsx.body).toMatchObject({ format: 'xlsx', written: true, rows: [{ fullName: 'Inese Ābele', status: 'created', enrolmentStatus: 'enrolled' }] });

    const form = new FormData();
    form.append('file', new Blob([Buffer.from('email;full name;organisation\nvalts.multipart@test.invalid;Valts Daļa;Kalupe\n')], { type: 'text/csv' }), 'saraksts.csv');
    const multipart = await fetch(`${base}/api/runs/${run.id}/enrolments/import?dryRun=true`, { method: 'POST', headers: { Authorization: `Bearer ${latgale.accessToken}` }, body: form });
    expect(multipart.status).toBe(200);
    expect(((await multipart.json()) as EnrolmentImportResponse).rows).toMatchObject([{ fullName: 'Valts Daļa', status: 'created' }]);

    const garbage = await upload(latgale, run.id, Buffer.from([0x00, 0x9f, 0x81, 0x90, 0xff, 0x00, 0x13, 0x37]), 'application/octet-stream');
    expect([garbage.status, garbage.body.code]).toEqual([400, 'UNREADABLE_FILE']);
    const noHeader = await upload(latgale, run.id, Buffer.from('kaut kas;cits\n1;2\n'), 'text/csv');
    expect([noHeader.status, noHeader.body.code]).toEqual([400, 'UNREADABLE_FILE']);
  });

  it('is for those who enrol into the run: others are not found or forbidden', async () => {
    const run = await newRun(base, admin, db);
    expect((await upload(riga, run.id, Buffer.from(LATVIAN_CSV), 'text/csv', '?dryRun=true')).status).toBe(404);
    const participant = await signIn(base, DEMO.participant);
    expect((await upload(participant, run.id, Buffer.from(LATVIAN_CSV), 'text/csv', '?dryRun=true')).status).toBe(403);
    expect((await call(latgale, 'POST', `/api/runs/${run.id}/enrolments/bulk`, { userIds: [] })).status).toBe(400);
  });
});
