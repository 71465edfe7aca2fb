// Known, expected failures. The action gate turns these into messages a person understands;
// anything else is logged and shown as a generic error with a request id.
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

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
    err?.code === "P2002" || err?.code === "23505" || err?.cause?.code === "23505" || err?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation"
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

const UNAVAILABLE_CODES = new Set([
  // Node sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  // Prisma: cannot reach, timed out, server closed the connection, pool timeout
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // Postgres: shutting down, crashed, starting up, connection failures, too many connections
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection (?:is )?(?:closed|refused)|timeout exceeded when trying to connect|Can't reach database server|terminating connection due to|the database system is (?:starting up|shutting down|in recovery mode)|Client has encountered a connection error/i;

/**
 * The database cannot be reached right now (restart, fail-over, network): nothing was saved,
 * and the same request will work in a moment. Prisma wraps the driver's error one or two
 * levels deep, so the causes are walked.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [e];
  while (stack.length) {
    const err = stack.pop() as
      { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; errorCode?: unknown } | undefined;
    if (!err || typeof err !== "object" || seen.has(err)) continue;
    seen.add(err);
    if (typeof err.code === "string" && UNAVAILABLE_CODES.has(err.code)) return true;
    if (typeof err.errorCode === "string" && UNAVAILABLE_CODES.has(err.errorCode)) return true;
    if (typeof err.kind === "string" && UNAVAILABLE_KINDS.has(err.kind)) return true;
    if (err.kind === "postgres" && typeof err.code === "string" && UNAVAILABLE_CODES.has(err.code)) return true;
    if (typeof err.message === "string" && UNAVAILABLE_MESSAGE.test(err.message)) return true;
    stack.push(err.cause, err.meta?.driverAdapterError);
  }
  return false;
}
