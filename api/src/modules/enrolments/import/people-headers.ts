import { labelKey } from './people-labels';

export type PersonField = 'email' | 'firstName' | 'lastName' | 'fullName' | 'organisation' | 'participantKind';

/** The column names each field is known by, in Latvian and English, as people write them. */
export const ACCEPTED_HEADERS: Readonly<Record<PersonField, readonly string[]>> = {
  email: ['E-pasts', 'E-pasta adrese', 'E-mail', 'Email address', 'Mail'],
  firstName: ['Vārds', 'First name', 'Given name'],
  lastName: ['Uzvārds', 'Last name', 'Surname', 'Family name'],
  fullName: ['Vārds, uzvārds', 'Vārds un uzvārds', 'Pilns vārds', 'Full name', 'Name', 'Dalībnieks'],
  organisation: ['Iestāde', 'Organizācija', 'Organisation', 'Organization', 'Darbavieta', 'Struktūrvienība', 'Filiāle', 'Branch', 'Facility'],
  participantKind: ['Dalībnieka veids', 'Veids', 'Kategorija', 'Participant kind', 'Kind', 'Type', 'Role'],
};

const FIELD_BY_KEY = new Map<string, PersonField>(
  (Object.entries(ACCEPTED_HEADERS) as [PersonField, readonly string[]][]).flatMap(([field, labels]) => labels.map((label) => [labelKey(label), field] as const)),
);

/** The field a column header names, if any: any case, with or without diacritics, spaces, `_`, `-` or `.`. */
export function fieldOfHeader(header: string): PersonField | undefined {
  return FIELD_BY_KEY.get(labelKey(header));
}
