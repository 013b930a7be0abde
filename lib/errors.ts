import { describeError, type ErrorText, errorText } from "@/lib/i18n/errors";

/** Errors a person can act on. Anything else is logged with context and shown as a generic message. */
export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "ALREADY_EXISTS"
  | "INVALID_INPUT"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNAVAILABLE";

/**
 * What the error says is a key into the error dictionaries (`errorText.area.key`, lib/i18n/errors.ts), put into
 * words in the request's language on the way out; `message` holds the English, for logs and tests.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    readonly text: ErrorText,
    readonly fieldErrors?: Record<string, ErrorText[]>,
  ) {
    super(describeError(text, "en"));
  }
}

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  ALREADY_EXISTS: 409,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

export function httpStatus(code: AppErrorCode): number {
  return STATUS[code];
}

/** Postgres unique violation (23505), seen through postgres.js, PGlite or drizzle's wrapper. */
export function isUniqueViolation(error: unknown): boolean {
  const err = error as { code?: string; cause?: { code?: string } } | undefined;
  return err?.code === "23505" || err?.cause?.code === "23505";
}

/** What a person reads when the database is away: nothing was saved, and it is worth trying again. */
export const DATABASE_UNAVAILABLE_MESSAGE = errorText.common.cantReachOurDatabaseRight;

/** Error codes that mean "the database is not there right now" (not "this query is wrong"). */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown: the connection was terminated
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300", // too_many_connections
]);

/**
 * Is this error the database being unreachable or restarting (through drizzle's wrapper, postgres.js or a
 * socket error)? Callers answer with "try again in a few minutes" (503) instead of a generic failure; the
 * driver reconnects by itself once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as { name?: unknown }).name === "DatabaseUnavailableError") return true;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
