import type { Versioned } from './common';

/**
 * The ESF participant indicators collected at entry (Regulation (EU) 1304/2013 Annex I), each
 * with "prefers not to say". The last four are sensitive: asked, never required.
 */
export const ESF_INDICATORS = {
  gender: ['female', 'male', 'not_stated'],
  ageGroup: ['under_25', 'from_25_to_54', 'over_54', 'not_stated'],
  labourMarketStatus: ['employed', 'self_employed', 'unemployed', 'long_term_unemployed', 'inactive', 'inactive_not_in_education', 'not_stated'],
  educationLevel: ['isced_1_2', 'isced_3_4', 'isced_5_8', 'not_stated'],
  disability: ['yes', 'no', 'not_stated'],
  migrantOrMinority: ['yes', 'no', 'not_stated'],
  otherDisadvantaged: ['yes', 'no', 'not_stated'],
  homeless: ['yes', 'no', 'not_stated'],
} as const;
export type EsfIndicator = keyof typeof ESF_INDICATORS;
export const ESF_INDICATOR_NAMES = Object.keys(ESF_INDICATORS) as EsfIndicator[];
export const SENSITIVE_ESF_INDICATORS: readonly EsfIndicator[] = ['disability', 'migrantOrMinority', 'otherDisadvantaged', 'homeless'];

/** A person's answers; `null` is not answered (yet). */
export type EsfAnswers = { [K in EsfIndicator]: (typeof ESF_INDICATORS)[K][number] | null };

/** `PUT /api/me/esf-entries/:projectId`: the answers (left out: not answered) and the version read (0 for the first time). */
export type EsfAnswersRequest = Partial<EsfAnswers> & { version: number };

/** A project that asks the caller for entry data, with what they answered (`GET /api/me/esf-entries`). */
export interface MyEsfEntry extends Versioned {
  projectId: string;
  projectNumber: string | null;
  projectTitle: string;
  answers: EsfAnswers;
  /** When the person first answered; null before. */
  enteredAt: string | null;
}

/** A count in a published aggregate: null when it is below the threshold and left out to protect the few behind it. */
export interface SuppressedCount {
  value: string;
  count: number | null;
}

/** `GET /api/projects/:id/participant-report`: each participant once per project, in aggregates. */
export interface EsfParticipantReport {
  projectId: string;
  /** People who held a seat in a run of the project. */
  participants: number;
  /** Of them, those who answered at least one question. */
  answered: number;
  /** Counts from 1 up to this number minus one are shown as null. */
  suppressBelow: number;
  indicators: { indicator: EsfIndicator; counts: SuppressedCount[]; notAnswered: number | null }[];
}
