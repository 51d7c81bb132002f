export * from './lib/common';
export * from './lib/regions';
export * from './lib/organisations';
export * from './lib/health';
export * from './lib/routes';
