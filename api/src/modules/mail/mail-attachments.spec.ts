import { checkedAttachments } from './mail-attachments';

const ics = { filename: 'session.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' };

describe('checkedAttachments', () => {
  it('keeps a calendar file as it is, and stores none as null', () => {
    expect(checkedAttachments([ics])).toEqual([ics]);
    expect(checkedAttachments(undefined)).toBeNull();
    expect(checkedAttachments([])).toBeNull();
  });

  it.each([
    ['a path', { ...ics, filename: '../etc/passwd' }],
    ['a quote', { ...ics, filename: 'a".ics' }],
    ['a line break in the name', { ...ics, filename: 'a.ics\r\nBcc: x@example.lv' }],
    ['a line break in the type', { ...ics, contentType: 'text/calendar\r\nBcc: x@example.lv' }],
  ])('refuses %s', (_, attachment) => {
    expect(() => checkedAttachments([attachment])).toThrow('unsafe');
  });

  it('refuses too many or too large', () => {
    expect(() => checkedAttachments(Array.from({ length: 6 }, () => ics))).toThrow('At most 5');
    expect(() => checkedAttachments([{ ...ics, content: 'x'.repeat(1_000_000) }])).toThrow('too large');
  });
});
