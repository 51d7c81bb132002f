export * from './lib/common';
export * from './lib/regions';
export * from './lib/organisations';
export * from './lib/health';
export * from './lib/users';
export * from './lib/auth';
export * from './lib/mail';
export * from './lib/routes';
