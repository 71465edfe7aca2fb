// Logs every server error as one JSON line (lib/logger.ts, the one log writer) with the digest
// shown on the error page, so a citizen's "Referanse: …" leads straight to the log entry.
import type { Instrumentation } from "next";
import { log } from "@/lib/logger";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const err = error as Error & { digest?: string };
  log.error("request failed", {
    digest: err.digest,
    requestId: (request.headers as Record<string, string | string[] | undefined>)["x-request-id"],
    path: request.path,
    method: request.method,
    routePath: context.routePath,
    error: { name: err.name, message: err.message, stack: err.stack },
  });
};

/**
 * At server start: load the knowledge base's facet index in the background (until it is loaded,
 * the pages that count with it answer from SQL: facet-index/sync.ts `loadedFacetStore`), start the e-mail outbox worker (features/mail/start-worker.ts) and the
 * hourly retention job (features/privacy/schedule.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const timer = setTimeout(() => {
    import("@/features/knowledge/search/facet-index/sync")
      .then((m) => m.facetStore())
      .catch((error: unknown) => log.warn("facet index warm-up failed", { error: String(error) }));
  }, 1_000);
  timer.unref();
  // Sign-in services (issue #21): a wrong variable (both a secret and a key, a certificate of
  // another key, …) is said at start, not first when someone tries to sign in.
  void import("@/features/auth/sso/config").then((m) => {
    try {
      m.entraConfig();
      m.idPortenConfig();
    } catch (error) {
      log.error("SSO configuration invalid", { error: error instanceof Error ? error.message : String(error) });
    }
  });
  // Privacy: contact details and identifying text go when a process's retention time is up.
  void import("@/features/privacy/schedule").then((m) => m.startRetentionSchedule());
  import("@/features/mail/start-worker")
    .then((m) => m.startMailWorker())
    .catch((error: unknown) => log.warn("mail worker did not start", { error: String(error) }));
}
