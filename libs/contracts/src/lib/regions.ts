import type { LocalisedText } from './common';

export const REGION_CODES = ['KPR', 'LPR', 'RPR', 'VPR', 'ZPR'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  code: RegionCode;
  name: LocalisedText;
}
