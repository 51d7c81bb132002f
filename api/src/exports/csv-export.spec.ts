import { csvCell, csvLine, csvStream } from './csv-export';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let all = '';
  for await (const chunk of stream) all += chunk.toString();
  return all;
}

describe('CSV for Latvian Excel', () => {
  it('makes text that would start a formula inert, and leaves negative numbers numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+371 20000000')).toBe(`'+371 20000000`);
    expect(csvCell('-5')).toBe(`'-5`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes decimals with a comma, quotes what holds a separator, leaves nulls empty', () => {
    expect(csvLine([85.5, 'Kalupe; filiāle', null, 'Ā'])).toBe('85,5;"Kalupe; filiāle";;Ā\r\n');
  });

  it('starts with a BOM and the headers', async () => {
    async function* rows() {
      yield { name: 'Jānis' };
    }
    const csv = await text(csvStream([{ header: 'Vārds', value: (row: { name: string }) => row.name }], rows()));
    expect(csv).toBe('\uFEFFVārds\r\nJānis\r\n');
  });
});
