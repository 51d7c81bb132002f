import type { EnrolmentResult } from '@di/contracts';
import { isProblemCode, problemText } from '../../core/api/problem-messages';
import { enrolmentStatusLabel } from './enrolment-status-label';

/** One person's outcome of a bulk enrolment or decision, in the interface language. */
export function enrolmentResultText(result: EnrolmentResult): string {
  if (result.status !== 'error') return enrolmentStatusLabel(result.status);
  // The API's `message` is English; the code says it in the person's words.
  return isProblemCode(result.code) ? problemText(result.code, 409) : $localize`:@@enrolment.result.failed:Neizdevās`;
}

export interface ResultTally {
  done: number;
  failed: number;
}

export function tallyResults(results: readonly EnrolmentResult[]): ResultTally {
  const failed = results.filter((result) => result.status === 'error').length;
  return { done: results.length - failed, failed };
}
