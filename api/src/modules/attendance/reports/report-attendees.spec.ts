import { AttendeeBook, attendedSeconds, cleanDisplayName, cleanEmail } from './report-attendees';

const at = (time: string) => new Date(`2026-12-04T${time}Z`);

describe('cleanDisplayName', () => {
  it.each([
    ['Jānis Ozoliņš (External)', 'Jānis Ozoliņš'],
    ['Līga Bērziņa (Unverified)', 'Līga Bērziņa'],
    ['OZOLIŅŠ JĀNIS (EXT)', 'OZOLIŅŠ JĀNIS'],
    ['Ēriks Šņore (guest)', 'Ēriks Šņore'],
    ['[Kalkuni SIA] Bērziņa, Līga (External)', 'Bērziņa, Līga'],
    ['  Bērziņa,\u00a0 Līga\t', 'Bērziņa, Līga'],
    ['Līga\u0000 Bērziņa\u200e\u0085', 'Līga Bērziņa'],
    ['Jānis (Jancis) Ozoliņš', 'Jānis (Jancis) Ozoliņš'],
    ['+371 6700 0000', '+371 6700 0000'],
  ])('cleans %p to %p', (raw, name) => {
    expect(cleanDisplayName(raw)).toBe(name);
  });

  it('cuts a name longer than 200 characters, counting letters outside the BMP as one', () => {
    expect(cleanDisplayName('Ē'.repeat(250))).toBe('Ē'.repeat(200));
    expect(Array.from(cleanDisplayName('😀'.repeat(201)))).toHaveLength(200);
  });
});

describe('cleanEmail', () => {
  it('lower-cases an address and has none for anything else', () => {
    expect(cleanEmail(' Liga.Berzina@Kalkuni.invalid ')).toBe('liga.berzina@kalkuni.invalid');
    expect(cleanEmail('')).toBeNull();
    expect(cleanEmail('+371 6700 0000')).toBeNull();
  });
});

describe('attendedSeconds', () => {
  it('counts overlapping and touching stays once, and adds stated lengths of stays without times', () => {
    expect(attendedSeconds([{ from: at('10:00:00'), to: at('11:00:00') }, { from: at('10:30:00'), to: at('11:30:00') }, { from: at('11:30:00'), to: at('11:45:00') }, { from: at('10:10:00'), to: at('10:20:00') }])).toBe(105 * 60);
    expect(attendedSeconds([{ from: at('10:00:00'), to: at('10:10:00') }, { seconds: 300 }])).toBe(900);
    // A stay that ends before it starts is taken at its stated length.
    expect(attendedSeconds([{ from: at('11:00:00'), to: at('10:00:00'), seconds: 60 }])).toBe(60);
  });
});

describe('AttendeeBook', () => {
  it('folds rows by email, else by name case-insensitively, in order of first appearance', () => {
    const book = new AttendeeBook();
    book.person('Līga Bērziņa', 'liga.berzina@kalkuni.invalid', 2)?.joins.push({ seconds: 600 });
    book.person('+371 6700 0000', null, 3)?.joins.push({ seconds: 120 });
    book.person('L. Bērziņa', 'liga.berzina@kalkuni.invalid', 4)?.joins.push({ seconds: 630 });
    book.person('ĒRIKS ŠŅORE', null, 5)?.joins.push({ seconds: 60 });
    book.person('Ēriks Šņore (Guest)', null, 6)?.joins.push({ seconds: 60 });
    book.person('Ēriks Šņore', 'eriks.snore@kalkuni.invalid', 7)?.joins.push({ seconds: 60 });
    expect(book.person('', null, 8)).toBeUndefined();
    expect(book.attendees()).toEqual([
      { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 21, joins: 2, lines: [2, 4] },
      { name: '+371 6700 0000', email: null, minutes: 2, joins: 1, lines: [3] },
      { name: 'ĒRIKS ŠŅORE', email: null, minutes: 2, joins: 2, lines: [5, 6] },
      { name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 1, joins: 1, lines: [7] },
    ]);
  });

  it('names a person without a name by their email, and folds rows with an alias email into them', () => {
    const book = new AttendeeBook();
    const person = book.person('', 'liga.berzina@kalkuni.invalid', 2);
    if (person) book.alias(person, 'l.berzina@kalkuni.invalid');
    book.person('Līga', 'l.berzina@kalkuni.invalid', 3);
    expect(book.attendees()).toEqual([{ name: 'liga.berzina@kalkuni.invalid', email: 'liga.berzina@kalkuni.invalid', minutes: 0, joins: 0, lines: [2, 3] }]);
  });
});
