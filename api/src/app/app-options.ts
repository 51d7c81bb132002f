export const APP_OPTIONS = Symbol('APP_OPTIONS');

/** Choices made by whoever starts the app (main.ts or a test), rather than read from the environment. */
export interface AppOptions {
  /** Load the invented demo people into an empty database. */
  demoData: boolean;
}
