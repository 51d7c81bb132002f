import { cleanFileName, contentDisposition, matchesType, mediaType } from './attachment-types';

describe('attachment types', () => {
  it('checks signatures', () => {
    expect(matchesType('application/pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(matchesType('application/pdf', Buffer.from('<html>'))).toBe(false);
    expect(matchesType('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(matchesType('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(matchesType('image/jpeg', Buffer.from('GIF89a'))).toBe(false);
    expect(matchesType('application/vnd.oasis.opendocument.text', Buffer.from('PK\x03\x04rest'))).toBe(true);
    expect(matchesType('text/csv', Buffer.from('a;b\nā;č\n'))).toBe(true);
    expect(matchesType('text/plain', Buffer.from([0x61, 0x00]))).toBe(false);
    expect(matchesType('text/plain', Buffer.from([0xc3, 0x28]))).toBe(false);
    expect(matchesType('text/html', Buffer.from('<script>'))).toBe(false);
  });

  it('reads the media type without parameters', () => {
    expect(mediaType('Text/CSV; charset=utf-8')).toBe('text/csv');
    expect(mediaType(undefined)).toBe('');
  });

  it('cleans file names', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\x\\Plāns "2026".pdf')).toBe('Plāns 2026.pdf');
    expect(cleanFileName('..')).toBeUndefined();
    expect(cleanFileName('a\u0000\n')).toBe('a');
  });

  it('writes Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition("Plāns (1)'s.pdf")).toBe(`attachment; filename="Pl_ns (1)'s.pdf"; filename*=UTF-8''Pl%C4%81ns%20%281%29%27s.pdf`);
  });
});
