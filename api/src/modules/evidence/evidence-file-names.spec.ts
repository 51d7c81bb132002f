import { asciiName, reportFileName, sheetFileName } from './evidence-file-names';

describe('evidence pack file names', () => {
  it('names a sheet by its Riga start and place, sortable as text', () => {
    // 10:00 in Riga in winter, 09:00 in summer (UTC+3).
    expect(sheetFileName('apmeklejums', new Date('2026-12-08T08:00:00Z'), 3)).toBe('apmeklejums/2026-12-08_1000_03.pdf');
    expect(sheetFileName('apmeklejums', new Date('2027-06-01T06:00:00Z'), 12)).toBe('apmeklejums/2027-06-01_0900_12.pdf');
  });

  it('keeps Latin letters without their marks, and nothing a file system or ZIP tool could trip on', () => {
    expect(asciiName('Ēriks Šņore-Ķīļauniece / ../„x”.csv')).toBe('Eriks-Snore-Kilauniece..-x.csv');
    expect(asciiName('   ')).toBe('');
  });

  it('names a report after its session and its own name, or its format when it had none', () => {
    const base = { startsAt: new Date('2026-12-08T08:00:00Z'), ordinal: 1, index: 2, format: 'teams', contentType: 'text/csv; charset=utf-16le' };
    expect(reportFileName('atskaites', { ...base, fileName: 'Apmeklējums (Teams).csv' })).toBe('atskaites/2026-12-08_1000_01_2-Apmeklejums-Teams.csv');
    expect(reportFileName('atskaites', { ...base, fileName: null })).toBe('atskaites/2026-12-08_1000_01_2-teams.csv');
  });
});
