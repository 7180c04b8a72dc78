import { isAbsolute, join, resolve } from 'node:path';

import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
  ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * The environment variables the API reads, with their defaults. Validated once at start;
 * a wrong value stops the process with a one-line message naming the variable.
 */
class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Without it the API starts an embedded PostgreSQL whose data lives under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  /** Signs access tokens. Required in production; a random one per process otherwise. */
  @ValidateIf((env: Environment) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  @IsString({ message: 'JWT_SECRET is required in production' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  INVITATION_TTL_DAYS = 7;

  /** Minutes a password-reset link (sent by email) stays usable. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES = 60;

  /** Hours a reset code (made by a mentor or admin, handed over in person) stays usable. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(168)
  PASSWORD_RESET_CODE_TTL_HOURS = 24;

  /** Mail goes through this SMTP server; without it, mail is written to the log instead. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host',
  })
  SMTP_URL?: string;

  /** The sender of the mail the API sends: an address, or `Name <address>`. */
  @Matches(/^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'MAIL_FROM must be an email address or look like Passerelle <no-reply@example.org>',
  })
  MAIL_FROM = 'Passerelle <no-reply@passerelle.local>';

  @Matches(/^\d+(b|kb|mb)$/, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '100kb';

  /** The address people use to reach the product; invitation links start with it. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Demo accounts (one per role) on start; defaults to on outside production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'SEED_DEMO_DATA must be true or false' })
  SEED_DEMO_DATA?: boolean;

  /** How many proxies sit in front of the API; client addresses are read through them. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_SIGN_IN_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_SIGN_IN_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_SIGN_IN_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_SIGN_UPS_PER_ADDRESS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  THROTTLE_REQUESTS_PER_MINUTE = 600;

  /** The grader worker script; defaults to grader-worker.js beside the API's own build. */
  @IsOptional()
  @IsString()
  GRADER_WORKER_SCRIPT?: string;

  /** Grader processes; defaults to the number of cores. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  GRADER_PROCESSES?: number;

  /** Days after a completed skills assessment before the learner may take it again (0: at once). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(365)
  ASSESSMENT_RETAKE_COOLDOWN_DAYS = 30;

  /** Days an assessment attempt stays open; after that it expires and a new one may start. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  ASSESSMENT_ATTEMPT_TTL_DAYS = 7;

  /**
   * How much the intake (schooling, devices, job goal) moves the skills check's starting point:
   * 0 ignores it, 1 takes the engine's authored shifts whole.
   */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  ASSESSMENT_INTAKE_PRIOR_WEIGHT = 1;

  /** Hours between scheduled calibrations of the item bank; 0 turns the job off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 365)
  ASSESSMENT_FIT_INTERVAL_HOURS = 24;

  /** Completed attempts a calibration needs at least (fewer: it is refused). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  ASSESSMENT_FIT_MIN_ATTEMPTS = 200;

  /** Completed attempts since the last proposal before the scheduled job fits again. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  ASSESSMENT_FIT_MIN_NEW_ATTEMPTS = 100;

  /**
   * Simulated learners per round (8 rounds) when a calibration recomputes exposure control:
   * more is steadier, fewer is quicker.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(100_000)
  ASSESSMENT_FIT_EXPOSURE_LEARNERS = 1000;

  /** Where the built portal/ and console/ live; defaults to beside the API's own build. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;
}

export interface Settings {
  production: boolean;
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlDays: number;
  passwordResetTtlMinutes: number;
  passwordResetCodeTtlHours: number;
  mail: { smtpUrl?: string; from: string };
  bodyLimit: string;
  publicUrl?: string;
  logLevel: Environment['LOG_LEVEL'];
  seedDemoData: boolean;
  trustProxyHops: number;
  throttle: {
    signInPerAccount: number;
    signInPerAddress: number;
    signInWindowSeconds: number;
    signUpsPerAddress: number;
    requestsPerMinute: number;
  };
  webDistDir: string;
  grader: { workerScript: string; processes?: number };
  assessment: {
    retakeCooldownDays: number;
    attemptTtlDays: number;
    /** The engine's `intakeWeight`: how much the intake moves the starting point (0–1). */
    intakePriorWeight: number;
    /** Hours between scheduled calibrations; 0: never. */
    fitIntervalHours: number;
    fitMinAttempts: number;
    fitMinNewAttempts: number;
    /** Simulated learners per round of the exposure-control calibration after a fit. */
    fitExposureLearners: number;
  };
  /** Whether the API applies pending migrations as it starts. */
  runMigrations: boolean;
}

export class ConfigurationError extends Error {}

/** A value of the wrong kind is reported before its range, whatever the decorator order. */
const KIND_CONSTRAINTS = ['isString', 'isInt', 'isBoolean', 'isIn', 'matches', 'isUrl'];

function firstProblem(errors: ValidationError[]): string {
  const error = errors[0];
  const constraints = error.constraints ?? {};
  const kind = KIND_CONSTRAINTS.find((name) => name in constraints);
  const message =
    (kind ? constraints[kind] : Object.values(constraints)[0]) ?? `${error.property} is invalid`;
  const secret = /SECRET|PASSWORD|DATABASE_URL|SMTP_URL/.test(error.property);
  const shown = secret || error.value === undefined ? '' : ` (got ${JSON.stringify(error.value)})`;
  return `${message}${shown}`;
}

/** Reads and validates the settings; throws a ConfigurationError naming the first bad variable. */
export function loadSettings(env: Record<string, string | undefined>): Settings {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigurationError(firstProblem(errors));

  const production = parsed.NODE_ENV === 'production';
  if (production && parsed.SEED_DEMO_DATA) {
    throw new ConfigurationError(
      'SEED_DEMO_DATA must not be true in production: demo passwords are public',
    );
  }
  if (production && !parsed.PUBLIC_URL) {
    throw new ConfigurationError(
      'PUBLIC_URL is required in production (invitation links start with it)',
    );
  }
  const dataDir = isAbsolute(parsed.DATA_DIR) ? parsed.DATA_DIR : resolve(parsed.DATA_DIR);
  return {
    production,
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir,
    jwtSecret: parsed.JWT_SECRET,
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: parsed.REFRESH_TOKEN_TTL_DAYS,
    invitationTtlDays: parsed.INVITATION_TTL_DAYS,
    passwordResetTtlMinutes: parsed.PASSWORD_RESET_TTL_MINUTES,
    passwordResetCodeTtlHours: parsed.PASSWORD_RESET_CODE_TTL_HOURS,
    mail: { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM },
    bodyLimit: parsed.BODY_LIMIT,
    publicUrl: parsed.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: parsed.LOG_LEVEL,
    seedDemoData: parsed.SEED_DEMO_DATA ?? !production,
    trustProxyHops: parsed.TRUST_PROXY_HOPS,
    throttle: {
      signInPerAccount: parsed.THROTTLE_SIGN_IN_PER_ACCOUNT,
      signInPerAddress: parsed.THROTTLE_SIGN_IN_PER_ADDRESS,
      signInWindowSeconds: parsed.THROTTLE_SIGN_IN_WINDOW_SECONDS,
      signUpsPerAddress: parsed.THROTTLE_SIGN_UPS_PER_ADDRESS,
      requestsPerMinute: parsed.THROTTLE_REQUESTS_PER_MINUTE,
    },
    webDistDir: parsed.WEB_DIST_DIR ? resolve(parsed.WEB_DIST_DIR) : join(__dirname, '..'),
    grader: {
      workerScript: parsed.GRADER_WORKER_SCRIPT
        ? resolve(parsed.GRADER_WORKER_SCRIPT)
        : join(__dirname, 'grader-worker.js'),
      processes: parsed.GRADER_PROCESSES,
    },
    assessment: {
      retakeCooldownDays: parsed.ASSESSMENT_RETAKE_COOLDOWN_DAYS,
      attemptTtlDays: parsed.ASSESSMENT_ATTEMPT_TTL_DAYS,
      intakePriorWeight: parsed.ASSESSMENT_INTAKE_PRIOR_WEIGHT,
      fitIntervalHours: parsed.ASSESSMENT_FIT_INTERVAL_HOURS,
      fitMinAttempts: parsed.ASSESSMENT_FIT_MIN_ATTEMPTS,
      fitMinNewAttempts: parsed.ASSESSMENT_FIT_MIN_NEW_ATTEMPTS,
      fitExposureLearners: parsed.ASSESSMENT_FIT_EXPOSURE_LEARNERS,
    },
    runMigrations: true,
  };
}
