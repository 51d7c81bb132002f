import type { User } from '@di/contracts';
import {
  DAUGAVPILS,
  KALKUNI,
  LATGALE,
  RIGA,
} from '../../testing/organisations.testing';

export function user(
  overrides: Partial<User> & Pick<User, 'id' | 'fullName'>,
): User {
  return {
    email: `${overrides.id}@demo.invalid`,
    organisationId: KALKUNI.id,
    participantKind: 'vsac_staff',
    roles: [{ role: 'participant' }],
    active: true,
    status: 'active',
    language: 'lv',
    createdAt: '2026-03-01T08:00:00Z',
    version: 1,
    ...overrides,
  };
}

export const ILZE = user({ id: 'u-ilze', fullName: 'Ilze Kalniņa' });
export const JANIS = user({
  id: 'u-janis',
  fullName: 'Jānis Ozols',
  organisationId: LATGALE.id,
  status: 'invited',
});
export const MARTA = user({
  id: 'u-marta',
  fullName: 'Marta Liepa',
  organisationId: DAUGAVPILS.id,
  participantKind: 'social_mentor',
  roles: [{ role: 'participant' }, { role: 'trainer' }],
});
export const KOORD = user({
  id: 'u-koord',
  fullName: 'Koordinatore Latgalē',
  organisationId: LATGALE.id,
  participantKind: 'other',
  roles: [{ role: 'coordinator', scope: { regionCode: 'LPR' } }],
});
export const RIGA_PERSON = user({
  id: 'u-riga',
  fullName: 'Andris Kļaviņš',
  organisationId: RIGA.id,
  status: 'inactive',
  active: false,
});
