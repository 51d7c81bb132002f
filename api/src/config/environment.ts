import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const SECRET_BEARING = /URL|PASSWORD|SECRET|TOKEN/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** `Name <address>` or a bare address. */
const MAIL_SENDER = /^([^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

/** Every setting the API reads from its environment, with defaults. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @IntegerSetting(1, 65535)
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

  /** Trust X-Forwarded-For/-Proto from a reverse proxy in front (for client addresses and https). */
  @IsIn(['true', 'false'])
  TRUST_PROXY: 'true' | 'false' = 'false';

  /** Signs access tokens; when unset, one is generated once and kept in the database. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IntegerSetting(60, 86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IntegerSetting(1, 365)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** A sign-in ends this long after it began, however often it is refreshed. */
  @IntegerSetting(1, 365)
  SESSION_MAX_LIFETIME_DAYS = 30;

  /** A sign-in ends when it has not been refreshed for this long (the web app refreshes while it is open). */
  @IntegerSetting(5, 525600)
  SESSION_IDLE_TIMEOUT_MINUTES = 720;

  /** Failed sign-ins to one account before it must wait LOGIN_LOCKOUT_SECONDS. */
  @IntegerSetting(1, 1000)
  LOGIN_MAX_FAILURES = 5;

  @IntegerSetting(1, 86400)
  LOGIN_LOCKOUT_SECONDS = 300;

  /** Failed sign-ins from one address within the lockout period before it must wait; generous, for shared training rooms. */
  @IntegerSetting(1, 100000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 200;

  /** Creates the first admin on start when no admin exists. */
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters long' })
  @MaxLength(128)
  ADMIN_PASSWORD?: string;

  /** Load the invented demo people; by default only on a new embedded database. */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEMO_DATA?: 'true' | 'false';

  /** The outgoing mail server; when unset, mail runs in demo mode (written to the log, not sent). */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true }, {
    message: 'SMTP_URL must be a URL like smtp://user:password@mail.example.lv:587',
  })
  SMTP_URL?: string;

  /** The sender of outgoing mail. */
  @Matches(MAIL_SENDER, { message: 'MAIL_FROM must be an address, optionally with a name: DI mācības <no-reply@example.lv>' })
  MAIL_FROM = 'DI mācības <no-reply@localhost>';

  /** How long before a session its reminder email goes out. */
  @IntegerSetting(1, 168)
  REMINDER_LEAD_HOURS = 24;

  /** How long files made by background jobs (a run's certificates, evidence packs) are kept for download. */
  @IntegerSetting(1, 24 * 90)
  GENERATED_FILE_RETENTION_HOURS = 168;

  /** Where people open the web app; links in emails start with it. Filled in as http://localhost:PORT when unset. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, {
    message: 'PUBLIC_URL must be a URL like https://macibas.example.lv',
  })
  PUBLIC_URL?: string;
}

function IntegerSetting(min: number, max: number): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    const message = `${String(property)} must be a whole number from ${min} to ${max}`;
    Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))(target, property);
    IsInt({ message })(target, property);
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the environment; throws a ConfigurationError naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(Environment, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  const relevant = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => known.has(key) && value !== ''),
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
  environment.PUBLIC_URL ??= `http://localhost:${environment.PORT}`;
  return environment;
}
