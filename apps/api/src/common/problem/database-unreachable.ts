import { QueryFailedError } from 'typeorm';

/** Seconds a client waits before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's socket errors: the database's host refuses, drops or does not answer connections. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** PostgreSQL's connection exceptions (class 08), shutting down or starting up, too many clients. */
const SERVER_CODES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** What pg and its pool say when a connection ends, or none can be had in time. */
const DRIVER_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

/**
 * Whether an error means the database cannot be reached for now, rather than that a query is
 * wrong: such failures are the service's (503, retry later), not the request's.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  // Duck-typed: socket errors may come from another realm than this module's `Error`.
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.test(code))) return true;
  return typeof message === 'string' && DRIVER_MESSAGES.test(message);
}
