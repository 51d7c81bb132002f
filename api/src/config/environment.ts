import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const SECRET_BEARING = /URL|PASSWORD|SECRET|TOKEN/;
const PORT_RANGE = 'PORT must be a whole number from 1 to 65535';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting the API reads from its environment, with defaults. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: PORT_RANGE })
  @Min(1, { message: PORT_RANGE })
  @Max(65535, { message: PORT_RANGE })
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '0.0.0.0';

  /** An external PostgreSQL server; when unset an embedded one is started. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, {
    message: 'DATABASE_URL must be a URL like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its data. */
  @IsString()
  @MinLength(1)
  DATA_DIR = '.data';

  /** The built web app (the folder holding one sub-folder per locale). */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** `pretty` for people at a terminal, `json` for log collectors. */
  @IsOptional()
  @IsIn(['json', 'pretty'])
  LOG_FORMAT?: 'json' | 'pretty';
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the environment; throws a ConfigurationError naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.keys(new Environment()).concat(['DATABASE_URL', 'WEB_DIST_DIR', 'LOG_FORMAT']);
  const relevant = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== ''),
  );
  const environment = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: true, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigurationError(
      errors.map((error) => {
        const message = Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid`;
        // A URL may carry a password: never echo it.
        return SECRET_BEARING.test(error.property) ? message : `${message} (got ${JSON.stringify(relevant[error.property])})`;
      }),
    );
  }
  return environment;
}
