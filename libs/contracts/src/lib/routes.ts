/** Paths of the HTTP API, relative to the origin. */
export const API_PATHS = {
  health: '/api/health',
  regions: '/api/regions',
  organisations: '/api/organisations',
  organisation: (id: string) => `/api/organisations/${encodeURIComponent(id)}`,
} as const;
