import type { PageQuery, Versioned } from './common';
import type { RegionCode } from './regions';

/** A DI funding project (ESF 9.2.2.1): the source every run, sheet and certificate names. */
export interface Project extends Versioned {
  id: string;
  /** The agreement number, e.g. `9.2.2.1/15/I/002`; null where the sources give none. */
  number: string | null;
  title: string;
  regionCode: RegionCode;
  startsOn: string | null;
  endsOn: string | null;
  /** The ESF share of the eligible cost, in percent with two decimals (e.g. 85). */
  esfPercent: number | null;
  /** Whether participants are asked for the ESF indicators' entry data (gender, age group, …). */
  collectsParticipantData: boolean;
}

export interface ProjectQuery extends PageQuery {
  regionCode?: RegionCode;
}

export interface CreateProjectRequest {
  number?: string | null;
  title: string;
  regionCode: RegionCode;
  startsOn?: string | null;
  endsOn?: string | null;
  esfPercent?: number | null;
  collectsParticipantData?: boolean;
}

export type UpdateProjectRequest = Partial<CreateProjectRequest> & { version?: number };
