// Logs every server error as one JSON line with the digest shown on the error page,
// so a citizen's "Referanse: …" leads straight to the log entry.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const err = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "error",
      msg: "request failed",
      digest: err.digest,
      requestId: (request.headers as Record<string, string | string[] | undefined>)["x-request-id"],
      path: request.path,
      method: request.method,
      routePath: context.routePath,
      error: { name: err.name, message: err.message, stack: err.stack },
    }),
  );
};
