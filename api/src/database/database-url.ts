/** The app's database URL, for what connects to it besides TypeORM (the pg-boss job queue). Contains a password: never log it. */
export const DATABASE_URL = Symbol('DATABASE_URL');
