import { PARTICIPANT_KINDS, type ParticipantKind } from '@di/contracts';
import { labelKey } from './people-labels';

/** What a participant kind is called in a file: its code, and Latvian (either gender, singular or plural) and English labels. */
const KIND_LABELS: Readonly<Record<ParticipantKind, readonly string[]>> = {
  vsac_staff: ['VSAC darbinieks', 'VSAC darbiniece', 'VSAC darbinieki', 'VSAC staff', 'VSAC employee'],
  social_mentor: ['Sociālais mentors', 'Sociālā mentore', 'Sociālie mentori', 'Social mentor', 'Social mentors'],
  specialist: ['Speciālists', 'Speciāliste', 'Speciālisti', 'Specialist', 'Specialists'],
  other: ['Cits', 'Cita', 'Citi', 'Other'],
};

const KIND_BY_KEY = new Map<string, ParticipantKind>(
  PARTICIPANT_KINDS.flatMap((kind) => [kind, ...KIND_LABELS[kind]].map((label) => [labelKey(label), kind] as const)),
);

/** The labels to name in a message about an unknown kind. */
export const KIND_EXAMPLES = PARTICIPANT_KINDS.map((kind) => KIND_LABELS[kind][0]);

/** The kind a cell names (case, diacritics, spaces and punctuation aside), or undefined when it names none. */
export function participantKindOf(text: string): ParticipantKind | undefined {
  return KIND_BY_KEY.get(labelKey(text));
}
