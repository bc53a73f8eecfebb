import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };
/** 'true'/'1'/'false'/'0' become booleans; anything else stays as written so validation names it. */
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : typeof value === 'string' ? (BOOLEAN_WORDS[value] ?? value) : value;

/** The environment variables GovIndex reads, validated once at boot. Names are those of the README. */
class EnvironmentVariables {
  @IsOptional()
  // class-validator runs the decorators nearest the property first: the type check goes last here.
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'PORT must be a whole number' })
  @Transform(toInt)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must look like postgres://user:password@host:5432/database' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  GOVINDEX_DATA_DIR?: string;

  @IsOptional()
  @Min(1)
  @Max(200)
  @IsInt({ message: 'DB_POOL_SIZE must be a whole number' })
  @Transform(toInt)
  DB_POOL_SIZE?: number;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevelName;

  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: 'json' | 'pretty';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @IsBoolean({ message: 'LOAD_REFERENCE_DATA must be true or false' })
  @Transform(toBool)
  LOAD_REFERENCE_DATA?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  @Transform(toBool)
  DEMO_DATA?: boolean;

  @IsOptional()
  @Min(1)
  @Max(24 * 30)
  @IsInt({ message: 'SESSION_TTL_HOURS must be a whole number of hours' })
  @Transform(toInt)
  SESSION_TTL_HOURS?: number;

  @IsOptional()
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  @Transform(toBool)
  COOKIE_SECURE?: boolean;

  @ValidateIf((vars: EnvironmentVariables) => vars.GOVINDEX_ADMIN_PASSWORD !== undefined || vars.GOVINDEX_ADMIN_EMAIL !== undefined)
  @IsEmail({}, { message: 'GOVINDEX_ADMIN_EMAIL must be an e-mail address (set it with GOVINDEX_ADMIN_PASSWORD)' })
  GOVINDEX_ADMIN_EMAIL?: string;

  @ValidateIf((vars: EnvironmentVariables) => vars.GOVINDEX_ADMIN_EMAIL !== undefined || vars.GOVINDEX_ADMIN_PASSWORD !== undefined)
  @MinLength(12, { message: 'GOVINDEX_ADMIN_PASSWORD must have at least 12 characters (set it with GOVINDEX_ADMIN_EMAIL)' })
  @IsString({ message: 'GOVINDEX_ADMIN_PASSWORD must have at least 12 characters (set it with GOVINDEX_ADMIN_EMAIL)' })
  GOVINDEX_ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  @IsOptional()
  @IsBoolean({ message: 'SCHEDULER_ENABLED must be true or false' })
  @Transform(toBool)
  SCHEDULER_ENABLED?: boolean;

  @IsOptional()
  @Min(0)
  @Max(4096)
  @IsInt({ message: 'ANSWER_CACHE_MB must be a whole number of megabytes (0 turns the cache off)' })
  @Transform(toInt)
  ANSWER_CACHE_MB?: number;
}

export interface AppConfig {
  port: number;
  host: string;
  database:
    | { kind: 'server'; url: string; poolSize: number }
    | { kind: 'embedded'; dataDir: string; poolSize: number };
  logLevel: LogLevelName;
  logFormat: 'json' | 'pretty';
  /** Folder of the built dashboard; served at / when it exists. */
  webDistDir: string;
  /** Load the shipped national unit lists at boot (skipped when already loaded). */
  loadReferenceData: boolean;
  /** Create the documented demo accounts (default on the embedded database only). */
  demoData: boolean;
  sessionTtlHours: number;
  /** Mark the session cookie Secure: on whenever the app is reached over HTTPS. */
  cookieSecure: boolean;
  /** Created at start when no account has this e-mail yet; never a default password. */
  firstAdmin: { email: string; password: string } | null;
  /** Outgoing mail server for queued e-mails; without it they wait in the queue (in-app notices still appear). */
  mail: { smtpUrl: string | null; from: string };
  /** Run the reminder and e-mail jobs in this instance (several may: one sends, by advisory lock). */
  schedulerEnabled: boolean;
  /** Memory for computed answers (rankings, scorecards, lagging units) kept until their data changes; 0: none. */
  answerCacheMb: number;
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  // An empty variable (DATABASE_URL= in a .env file) means "not set", as shells and compose treat it.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, given, { excludeExtraneousValues: false });
  const errors = validateSync(vars, { stopAtFirstError: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        const got = JSON.stringify(env[error.property] ?? '');
        return `${error.property}=${got}: ${Object.values(error.constraints ?? {}).join('; ')}`;
      }),
    );
  }
  const poolSize = vars.DB_POOL_SIZE ?? 10;
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    database: vars.DATABASE_URL
      ? { kind: 'server', url: vars.DATABASE_URL, poolSize }
      : {
          kind: 'embedded',
          dataDir: path.resolve(cwd, vars.GOVINDEX_DATA_DIR ?? '.data/pglite'),
          // PGlite is one backend whose socket server mixes up concurrent connections: one connection.
          poolSize: 1,
        },
    logLevel: vars.LOG_LEVEL ?? 'log',
    logFormat: vars.LOG_FORMAT ?? 'json',
    webDistDir: path.resolve(cwd, vars.WEB_DIST_DIR ?? 'apps/web/dist'),
    loadReferenceData: vars.LOAD_REFERENCE_DATA ?? true,
    demoData: vars.DEMO_DATA ?? !vars.DATABASE_URL,
    sessionTtlHours: vars.SESSION_TTL_HOURS ?? 12,
    cookieSecure: vars.COOKIE_SECURE ?? false,
    firstAdmin:
      vars.GOVINDEX_ADMIN_EMAIL && vars.GOVINDEX_ADMIN_PASSWORD
        ? { email: vars.GOVINDEX_ADMIN_EMAIL.trim().toLowerCase(), password: vars.GOVINDEX_ADMIN_PASSWORD }
        : null,
    mail: { smtpUrl: vars.SMTP_URL ?? null, from: vars.MAIL_FROM ?? 'GovIndex <no-reply@govindex.local>' },
    schedulerEnabled: vars.SCHEDULER_ENABLED ?? true,
    answerCacheMb: vars.ANSWER_CACHE_MB ?? 64,
    version: API_VERSION,
  };
}

/** apps/api/package.json, one folder above both src/config and dist/config. */
const API_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
