import { inflateSync } from 'node:zlib';
import * as QRCode from 'qrcode';
import { parsePdf } from '../../testing/pdf-text';
import { type CertificateData, renderCertificatePdf } from './certificate-pdf';
import { qrPayload } from './certificate-qr';
import { formatAcademicHours } from './certificate-texts';

const LV: CertificateData = {
  language: 'lv',
  fullName: 'Ēriks Šņore-Ķīļauniece',
  courseTitle: 'Sociālo mentoru apmācība — ģimenes atbalsts',
  academicHours: 40,
  startsOn: '2026-12-04',
  endsOn: '2027-01-29',
  // 00:30 on 30 January in Riga: the Riga date, not the UTC one, goes on the certificate.
  completedAt: new Date('2027-01-29T22:30:00Z'),
  providerName: 'Biedrība „Latvijas Kustība par neatkarīgu dzīvi”',
  project: { number: '9.2.2.1/15/I/003', title: 'Personu ar invaliditāti un bērnu aprūpe ģimeniskā vidē' },
  esfPercent: 85,
  code: 'K7QF-2M9X-WD4T',
  verifyUrl: 'https://mācības.example.lv/lv/certificates/K7QF-2M9X-WD4T',
};

const EN: CertificateData = {
  ...LV,
  language: 'en',
  courseTitle: 'Training of social mentors — family support',
  verifyUrl: 'https://mācības.example.lv/en/certificates/K7QF-2M9X-WD4T',
};

async function textOf(data: CertificateData): Promise<string> {
  return (await parsePdf(await renderCertificatePdf(data))).text;
}

/** The decompressed content stream of the (only) page: its drawing operators. */
function pageContent(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const contents = /\/Type \/Page\b[^]*?\/Contents (\d+) 0 R/.exec(raw);
  if (!contents) throw new Error('no page content reference');
  const start = raw.indexOf('stream\n', raw.indexOf(`\n${contents[1]} 0 obj`)) + 'stream\n'.length;
  const end = raw.indexOf('\nendstream', start);
  return inflateSync(pdf.subarray(start, end)).toString('latin1');
}

function rectangleCount(pdf: Buffer): number {
  return pageContent(pdf).match(/ re\n/g)?.length ?? 0;
}

/** Horizontal runs of dark modules in the QR symbol of `text`: one rectangle each when drawn as vectors. */
function darkRuns(text: string): number {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let runs = 0;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col) && (col === 0 || !modules.get(row, col - 1))) runs++;
    }
  }
  return runs;
}

// Each case renders a certificate and reads its text in a child Node process: seconds on a busy machine.
jest.setTimeout(30_000);

describe('formatAcademicHours', () => {
  it.each([
    [1, '1 akadēmiskā stunda'],
    [21, '21 akadēmiskā stunda'],
    [101, '101 akadēmiskā stunda'],
    [2, '2 akadēmiskās stundas'],
    [9, '9 akadēmiskās stundas'],
    [22, '22 akadēmiskās stundas'],
    [0, '0 akadēmisko stundu'],
    [10, '10 akadēmisko stundu'],
    [11, '11 akadēmisko stundu'],
    [19, '19 akadēmisko stundu'],
    [20, '20 akadēmisko stundu'],
    [40, '40 akadēmisko stundu'],
    [111, '111 akadēmisko stundu'],
    [1.5, '1,5 akadēmiskās stundas'],
  ])('Latvian: %d → %s', (hours, expected) => {
    expect(formatAcademicHours(hours, 'lv')).toBe(expected);
  });

  it.each([
    [1, '1 academic hour'],
    [2, '2 academic hours'],
    [11, '11 academic hours'],
    [21, '21 academic hours'],
    [0, '0 academic hours'],
  ])('English: %d → %s', (hours, expected) => {
    expect(formatAcademicHours(hours, 'en')).toBe(expected);
  });
});

describe('renderCertificatePdf', () => {
  it('writes the Latvian certificate with every Latvian letter intact', async () => {
    const pdf = await renderCertificatePdf(LV);
    const { text, pages } = await parsePdf(pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBe(1);
    expect(text).toContain('Apliecība');
    expect(text).toContain('Ēriks Šņore-Ķīļauniece');
    expect(text).toContain('ir sekmīgi pabeidzis(-usi) mācību kursu');
    expect(text).toContain('Sociālo mentoru apmācība — ģimenes atbalsts');
    expect(text).toContain('40 akadēmisko stundu');
    expect(text).toContain('04.12.2026–29.01.2027');
    expect(text).toContain('Pabeigšanas datums: 30.01.2027');
    expect(text).toContain('Biedrība „Latvijas Kustība par neatkarīgu dzīvi”');
    expect(text).toContain('Projekts Nr. 9.2.2.1/15/I/003 „Personu ar invaliditāti un bērnu aprūpe ģimeniskā vidē”');
    expect(text).toContain('Projekts tiek līdzfinansēts no Eiropas Sociālā fonda (85 %)');
    expect(text).toContain('Eiropas Savienība');
    expect(text).toContain('Eiropas Sociālais fonds');
    expect(text).toContain('Ieguldījums tavā nākotnē');
    expect(text).toContain('Pārbaudes kods: K7QF-2M9X-WD4T');
    expect(text).toContain('https://mācības.example.lv/lv/certificates/K7QF-2M9X-WD4T');
  });

  it.each([
    [1, '1 akadēmiskā stunda'],
    [11, '11 akadēmisko stundu'],
    [21, '21 akadēmiskā stunda'],
    [2, '2 akadēmiskās stundas'],
  ])('prints %d hours as "%s"', async (academicHours, expected) => {
    expect(await textOf({ ...LV, academicHours })).toContain(`Apjoms: ${expected}`);
  });

  it('embeds its TrueType fonts and uses no built-in PDF font', async () => {
    const raw = (await renderCertificatePdf(LV)).toString('latin1');

    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
    expect(raw).not.toContain('/Subtype /Type1');
  });

  it('writes the English texts for an English speaker', async () => {
    const text = await textOf(EN);

    expect(text).toContain('Certificate');
    expect(text).toContain('Ēriks Šņore-Ķīļauniece');
    expect(text).toContain('has successfully completed the course');
    expect(text).toContain('Training of social mentors — family support');
    expect(text).toContain('Volume: 40 academic hours');
    expect(text).toContain('Training period: 04.12.2026–29.01.2027');
    expect(text).toContain('Completed on: 30.01.2027');
    expect(text).toContain('Training provider: Biedrība „Latvijas Kustība par neatkarīgu dzīvi”');
    expect(text).toContain('Project No. 9.2.2.1/15/I/003 “Personu ar invaliditāti un bērnu aprūpe ģimeniskā vidē”');
    expect(text).toContain('The project is co-financed by the European Social Fund (85%)');
    expect(text).toContain('European Union');
    expect(text).toContain('European Social Fund\n');
    expect(text).toContain('Investing in your future');
    expect(text).toContain('Verification code: K7QF-2M9X-WD4T');
    expect(text).toContain('https://mācības.example.lv/en/certificates/K7QF-2M9X-WD4T');
    expect(text).not.toMatch(/Apliecība|pabeidzis|akadēmisk|Pārbaudes|Eiropas/);
  });

  it('leaves out the project and the funding lines for a course outside a project', async () => {
    const text = await textOf({ ...LV, project: null, esfPercent: 85 });

    expect(text).toContain('Ēriks Šņore-Ķīļauniece');
    expect(text).toContain('Pārbaudes kods: K7QF-2M9X-WD4T');
    expect(text).not.toMatch(/Projekts|Eiropas|Ieguldījums|9\.2\.2\.1/);
  });

  it('writes the funding line without a percentage when it is not known', async () => {
    const text = await textOf({ ...LV, esfPercent: null });

    expect(text).toMatch(/Projekts tiek līdzfinansēts no Eiropas Sociālā fonda\n/);
    expect(text).not.toContain('%');
  });

  it('leaves out the provider line when the provider is unknown', async () => {
    const text = await textOf({ ...LV, providerName: null });

    expect(text).not.toContain('Mācību organizētājs');
    expect(text).not.toContain('Biedrība');
  });

  it('draws the QR code of the URL as one rectangle per run of dark modules', async () => {
    const short = { ...LV, verifyUrl: 'https://a.lv/c/K7QF' };
    // Both URLs must give different symbols, or the comparison below would prove nothing.
    expect(darkRuns(qrPayload(LV.verifyUrl))).not.toBe(darkRuns(qrPayload(short.verifyUrl)));

    const longRects = rectangleCount(await renderCertificatePdf(LV));
    const shortRects = rectangleCount(await renderCertificatePdf(short));

    expect(longRects).toBeGreaterThan(darkRuns(qrPayload(LV.verifyUrl)));
    // Everything but the QR code is the same on both pages, so the difference is the QR code's alone.
    expect(longRects - shortRects).toBe(darkRuns(qrPayload(LV.verifyUrl)) - darkRuns(qrPayload(short.verifyUrl)));
  });

  it('encodes the URL in the QR code in its ASCII form', () => {
    expect(qrPayload(LV.verifyUrl)).toMatch(/^https:\/\/xn--[a-z0-9-]+\.example\.lv\/lv\/certificates\/K7QF-2M9X-WD4T$/);
    expect(qrPayload('not a url')).toBe('not a url');
  });

  it('sets the document metadata, with the platform as author when the provider is unknown', async () => {
    const { info } = await parsePdf(await renderCertificatePdf(LV));
    expect(info).toMatchObject({
      Title: 'Apliecība: Ēriks Šņore-Ķīļauniece',
      Author: 'Biedrība „Latvijas Kustība par neatkarīgu dzīvi”',
      Subject: 'Sociālo mentoru apmācība — ģimenes atbalsts',
      CreationDate: 'D:20270129223000Z',
    });

    const withoutProvider = await parsePdf(await renderCertificatePdf({ ...LV, providerName: null }));
    expect(withoutProvider.info['Author']).toBe('DI mācību platforma');
  });

  it('gives the same bytes for the same input', async () => {
    const [first, second] = await Promise.all([renderCertificatePdf(LV), renderCertificatePdf(LV)]);
    expect(first.equals(second)).toBe(true);
  });

  it('keeps a very long name and title on one page, the name whole', async () => {
    const fullName = 'Anna-Marija Elizabete Šņore-Ķīļauniece-Bērziņa';
    const courseTitle = 'Sociālo mentoru apmācība — ģimenes atbalsts, '.repeat(12);
    const { text, pages } = await parsePdf(await renderCertificatePdf({ ...LV, fullName, courseTitle }));

    expect(pages).toBe(1);
    expect(text).toContain(`\n${fullName}\n`);
    expect(text).toContain('Pārbaudes kods: K7QF-2M9X-WD4T');
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(renderCertificatePdf({ ...LV, startsOn: '4.12.2026' })).rejects.toThrow('4.12.2026');
  });
});
