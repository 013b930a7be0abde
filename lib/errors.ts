/** Errors a person can act on. Anything else is logged with context and shown as a generic message. */
export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "ALREADY_EXISTS"
  | "INVALID_INPUT"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  ALREADY_EXISTS: 409,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
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
