/** Text in Latvian (always) and English (when translated). */
export interface LocalisedText {
  lv: string;
  en?: string;
}

export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For 400: one entry per invalid field. */
  errors?: FieldError[];
  /** For 409 and other domain errors: a stable machine-readable code. */
  code?: string;
  /** The request id, also found in the server log. */
  requestId?: string;
}
