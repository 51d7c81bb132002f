import type { ParticipantKind, RegionCode, Role } from '@di/contracts';

/** A person the platform creates itself: a demo person, or the first admin. */
export interface SeedPerson {
  email: string;
  fullName: string;
  /** The home organisation, by its name in the reference data; null for a platform admin. */
  organisationName: string | null;
  participantKind: ParticipantKind;
  roles: { role: Role; scope?: { regionCode: RegionCode }; scopeOrganisationName?: string }[];
  /** Unset: the person has been invited and has not chosen a password yet. */
  password?: string;
}

/**
 * Invented people for trying the platform out, one per role and a few
 * participants. All are marked as demo (`is_demo`), use the reserved `.invalid`
 * domain and "Demo" in their names; the README lists their sign-in.
 */
export const DEMO_PEOPLE: SeedPerson[] = [
  { email: 'admin@demo.invalid', fullName: 'Demo Administrators', organisationName: null, participantKind: 'other', roles: [{ role: 'admin' }], password: 'demo-admin-2026' },
  {
    email: 'koordinators@demo.invalid',
    fullName: 'Demo Koordinatore (Latgale)',
    organisationName: 'Latgales plānošanas reģions',
    participantKind: 'other',
    roles: [{ role: 'coordinator', scope: { regionCode: 'LPR' } }],
    password: 'demo-koord-2026',
  },
  {
    email: 'koordinators.riga@demo.invalid',
    fullName: 'Demo Koordinators (Rīga)',
    organisationName: 'Rīgas plānošanas reģions',
    participantKind: 'other',
    roles: [{ role: 'coordinator', scope: { regionCode: 'RPR' } }],
    password: 'demo-koord-2026',
  },
  {
    email: 'pasniedzejs@demo.invalid',
    fullName: 'Demo Pasniedzējs',
    organisationName: 'Biedrība "Rīgas pilsētas "Rūpju bērns""',
    participantKind: 'specialist',
    roles: [{ role: 'trainer' }],
    password: 'demo-trainer-2026',
  },
  { email: 'dalibnieks@demo.invalid', fullName: 'Demo Dalībniece', organisationName: 'Kalkūni', participantKind: 'vsac_staff', roles: [{ role: 'participant' }], password: 'demo-dalib-2026' },
  { email: 'ilze.demo@demo.invalid', fullName: 'Demo Ilze Kalniņa', organisationName: 'Kalupe', participantKind: 'vsac_staff', roles: [{ role: 'participant' }], password: 'demo-dalib-2026' },
  { email: 'janis.demo@demo.invalid', fullName: 'Demo Jānis Ozols', organisationName: 'Krastiņi', participantKind: 'vsac_staff', roles: [{ role: 'participant' }] },
  { email: 'marta.demo@demo.invalid', fullName: 'Demo Marta Liepa', organisationName: 'Daugavpils pilsēta', participantKind: 'social_mentor', roles: [{ role: 'participant' }], password: 'demo-dalib-2026' },
  { email: 'peteris.demo@demo.invalid', fullName: 'Demo Pēteris Bērziņš', organisationName: 'Rēzeknes novads', participantKind: 'social_mentor', roles: [{ role: 'participant' }] },
  { email: 'laura.demo@demo.invalid', fullName: 'Demo Laura Zariņa', organisationName: 'Ogres novads', participantKind: 'social_mentor', roles: [{ role: 'participant' }], password: 'demo-dalib-2026' },
  { email: 'andris.demo@demo.invalid', fullName: 'Demo Andris Kļaviņš', organisationName: 'Jūrmalas pilsēta', participantKind: 'specialist', roles: [{ role: 'participant' }] },
];
