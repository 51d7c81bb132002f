export interface HealthStatus {
  status: 'ok' | 'unavailable';
}
