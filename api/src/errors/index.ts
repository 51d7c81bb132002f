export * from './domain-error';
export * from './database-errors';
export * from '../errors/database-unavailable';
