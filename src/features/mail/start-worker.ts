// Starts the outbox worker inside the app process (instrumentation.ts, once per instance):
// every MAIL_TICK_SECONDS it sends what is due when SMTP_URL is set, and once a minute it runs
// the periodic jobs (reminders, digest) — those queue messages even without SMTP, so the admin
// outbox page shows what would have been sent. Ticks never overlap within an instance; across
// instances SKIP LOCKED and the dedupe keys keep every message single.
import { getDb } from "@/lib/db";
import { log } from "@/lib/logger";
import { smtpConfig } from "./config";
import { runScheduledMail } from "./scheduled";
import { createSmtpTransport, type MailTransport } from "./transport";
import { drainOutbox } from "./worker";

const state = globalThis as unknown as { medvirkMailWorker?: NodeJS.Timeout };

export function startMailWorker() {
  if (state.medvirkMailWorker || process.env.MAIL_WORKER === "0") return;
  const tickMs = Math.max(1, Number(process.env.MAIL_TICK_SECONDS ?? 15)) * 1000;
  let running = false;
  let lastJobs = 0;
  let transport: { url: string; t: MailTransport } | null = null;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = getDb();
      if (Date.now() - lastJobs >= 60_000) {
        lastJobs = Date.now();
        const queued = await runScheduledMail(db);
        if (queued.reminders || queued.digests) log.info("mail: periodic messages queued", queued);
      }
      const smtp = smtpConfig();
      if (smtp) {
        if (transport?.url !== smtp.url) transport = { url: smtp.url, t: createSmtpTransport(smtp.url) };
        const counts = await drainOutbox(db, { transport: transport.t, from: smtp.from });
        if (counts.sent || counts.dead) log.info("mail: outbox drained", counts);
      }
    } catch (error) {
      log.warn("mail: worker tick failed", { error });
    } finally {
      running = false;
    }
  };
  state.medvirkMailWorker = setInterval(() => void tick(), tickMs);
  state.medvirkMailWorker.unref();
  log.info("mail: worker started", { smtp: Boolean(smtpConfig()), tickSeconds: tickMs / 1000 });
}
