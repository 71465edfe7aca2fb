// Starts the retention job in this app instance: a minute after start, then every hour. Each
// instance runs it; the job's advisory lock and idempotence make that safe (retention.ts).
// Hourly rather than at a fixed time of day, so an instance that was down at that time
// catches up within the hour.
import { log } from "@/lib/logger";
import { runRetention } from "./retention";

const HOUR = 60 * 60_000;

export function startRetentionSchedule() {
  const tick = () =>
    runRetention()
      .then((r) => r.inputs > 0 && log.info("retention: inputs anonymised", r))
      .catch((error: unknown) => log.warn("retention job failed; next try in an hour", { error: String(error) }));
  setTimeout(tick, 60_000).unref();
  setInterval(tick, HOUR).unref();
}
