import { parsePdf } from '../../testing/pdf-text';
import { renderAttendanceSheetPdf, sessionTimeText } from './attendance-sheet-pdf';
import type { AttendanceSheet } from './attendance-sheets';

const SHEET: AttendanceSheet = {
  project: { number: '9.2.2.1/15/I/003', title: 'Personu ar invaliditāti un bērnu aprūpe ģimeniskā vidē' },
  esfPercent: 85,
  courseTitle: 'Sociālo mentoru apmācība — ģimenes atbalsts',
  runTitle: 'Pavasara grupa',
  sessionTitle: null,
  // 10:00 in Riga in winter (UTC+2).
  startsAt: new Date('2026-12-08T08:00:00Z'),
  endsAt: new Date('2026-12-08T11:00:00Z'),
  mode: 'in_person',
  venue: 'Mācību telpa',
  address: 'Brīvības iela 1, Rīga',
  trainers: ['Ilze Ķirse'],
  people: [
    { fullName: 'Ēriks Šņore-Ķīļauniece', organisation: 'VSAC „Latgale” filiāle „Kalupe”', status: 'present', minutes: null },
    { fullName: 'Līga Bērziņa', organisation: null, status: 'excused', minutes: null },
  ],
};

// Each case renders sheets and reads their text in a child Node process: seconds on a busy machine.
jest.setTimeout(30_000);

describe('attendance sheet PDF', () => {
  it('prints the project, the session in Riga time, the place, each person with their mark, a signature column and the EU funding line', async () => {
    const { text, pages } = await parsePdf(await renderAttendanceSheetPdf(SHEET));
    expect(pages).toBe(1);
    for (const expected of [
      'Projekts Nr. 9.2.2.1/15/I/003',
      'Sociālo mentoru apmācība — ģimenes atbalsts',
      '08.12.2026 10:00–13:00',
      'Ilze Ķirse',
      'Mācību telpa, Brīvības iela 1, Rīga',
      'Ēriks Šņore-Ķīļauniece',
      'Klātesošs',
      'Attaisnots',
      'Paraksts',
      'Eiropas Sociālā fonda (85 %)',
      'Ieguldījums tavā nākotnē',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/lapa no/);
  });

  it('says "tiešsaistē" for an online session, with the minutes and no signature column', async () => {
    const online: AttendanceSheet = { ...SHEET, mode: 'online', venue: null, address: null, people: [{ ...SHEET.people[0], minutes: 95 }] };
    const { text } = await parsePdf(await renderAttendanceSheetPdf(online));
    expect(text).toContain('tiešsaistē');
    expect(text).toContain('Klātesošs (95 min)');
    expect(text).not.toContain('Paraksts');
  });

  it('numbers the pages when the people run over one, and is the same bytes for the same sheet', async () => {
    const many: AttendanceSheet = {
      ...SHEET,
      people: Array.from({ length: 70 }, (_, i) => ({ fullName: `Dalībniece Nr. ${i + 1}`, organisation: 'Kalupe', status: 'absent' as const, minutes: null })),
    };
    const pdf = await renderAttendanceSheetPdf(many);
    const { text, pages } = await parsePdf(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`1. lapa no ${pages}`);
    expect(text).toContain(`${pages}. lapa no ${pages}`);
    expect(text).toContain('Dalībniece Nr. 70');
    expect((await renderAttendanceSheetPdf(many)).equals(pdf)).toBe(true);
  });

  it('writes a session past midnight with both dates', () => {
    expect(sessionTimeText(new Date('2026-12-08T20:00:00Z'), new Date('2026-12-08T23:30:00Z'))).toBe('08.12.2026 22:00–09.12.2026 01:30');
  });
});
