// Known, expected failures. The action gate turns these into messages a person understands;
// anything else is logged and shown as a generic error with a request id.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID"
  | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Key in the `errors` message namespace, e.g. "process.slugTaken". */
    readonly messageKey: string,
    /** The form field the error belongs to, when there is one. */
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Postgres unique violation (23505) surfaced through Prisma or pg. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    err?.code === "P2002" ||
    err?.code === "23505" ||
    err?.cause?.code === "23505" ||
    err?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
  );
}

/** Postgres foreign-key violation (23503): something still refers to the row. */
export function isForeignKeyViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    err?.code === "P2003" ||
    err?.code === "23503" ||
    err?.cause?.code === "23503" ||
    err?.meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation"
  );
}
