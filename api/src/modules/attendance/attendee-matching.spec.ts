import type { AttendanceEntry } from '@di/contracts';
import { comparableName, matchAttendees } from './attendee-matching';
import type { MeetingAttendee } from './reports/meeting-report';

function person(enrolmentId: string, fullName: string, email: string): AttendanceEntry {
  return {
    enrolmentId,
    userId: `u-${enrolmentId}`,
    fullName,
    email,
    organisationName: null,
    enrolmentStatus: 'enrolled',
    standing: 'enrolled',
    status: 'unmarked',
    minutesAttended: null,
    note: null,
    source: null,
    markedAt: null,
    markedBy: null,
    version: 0,
  };
}

const attendee = (name: string, email: string | null, minutes: number, line: number, joins = 1): MeetingAttendee => ({ name, email, minutes, joins, lines: [line] });

const roster = [
  person('e1', 'Līga Bērziņa', 'liga.berzina@kalkuni.invalid'),
  person('e2', 'Jānis Ozoliņš', 'janis.ozolins@kalupe.invalid'),
  person('e3', 'Anna Kalniņa', 'anna.k@kalkuni.invalid'),
  person('e4', 'Anna Kalniņa', 'anna.kalnina@kalupe.invalid'),
];

describe('matching a meeting report to the register', () => {
  it('turns "Surname, Given" around and ignores case and spacing, but keeps the letters', () => {
    expect(comparableName('Bērziņa,  Līga')).toBe('līga bērziņa');
    expect(comparableName('  JĀNIS   Ozoliņš ')).toBe('jānis ozoliņš');
    expect(comparableName('Berzina, Liga')).not.toBe(comparableName('Līga Bērziņa'));
  });

  it('matches by email first, then by an exact name, and lists the rest with their minutes', () => {
    const { matched, unmatched } = matchAttendees(
      [
        attendee('Bērziņa, Līga', 'LIGA.BERZINA@kalkuni.invalid', 80, 3, 2),
        attendee('Jānis Ozoliņš', null, 65, 4),
        attendee('+371 2000 0000', null, 12, 5),
        attendee('Liga Berzina', null, 5, 6),
      ],
      roster,
      90,
    );
    expect(matched).toEqual([
      expect.objectContaining({ enrolmentId: 'e1', matchedBy: 'email', minutes: 80, joins: 2, reportName: 'Bērziņa, Līga' }),
      expect.objectContaining({ enrolmentId: 'e2', matchedBy: 'name', minutes: 65 }),
    ]);
    expect(unmatched).toEqual([
      { row: 5, name: '+371 2000 0000', minutes: 12 },
      { row: 6, name: 'Liga Berzina', minutes: 5 },
    ]);
  });

  it('never matches a name two people on the register share', () => {
    const { matched, unmatched } = matchAttendees([attendee('Anna Kalniņa', null, 70, 2)], roster, 90);
    expect(matched).toEqual([]);
    expect(unmatched).toEqual([{ row: 2, name: 'Anna Kalniņa', minutes: 70 }]);
  });

  it('adds up one person found twice, at most to the session length', () => {
    const { matched } = matchAttendees([attendee('Jānis', 'janis.ozolins@kalupe.invalid', 50, 2), attendee('Jānis Ozoliņš', null, 60, 7)], roster, 90);
    expect(matched).toEqual([expect.objectContaining({ enrolmentId: 'e2', minutes: 90, joins: 2 })]);
  });
});
