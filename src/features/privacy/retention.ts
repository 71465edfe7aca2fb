// The retention rule /personvern promises: a process's contact details are deleted and its
// inputs' text anonymised (anonymise.ts) `retention_months` after the process closed. Run by
// every app instance every hour (schedule.ts); a transaction-level advisory lock lets only one
// work at a time, and the work is idempotent (inputs already anonymised are skipped), so two
// instances, a crash half-way or a missed day change nothing but the timing.
// The same job deletes rate-limit counts older than a day: they hold keyed hashes of client
// addresses that no limit looks at any more (rate-limit.ts).
import { searchLemmas } from "@/features/knowledge/text/normalize";
import { cancelMailForInputs } from "@/features/mail/cancel";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { pruneRateLimits } from "@/lib/rate-limit";
import { anonymiseAnswers, anonymiseText } from "./anonymise";

const LOCK_KEY = 7_318_001; // pg_advisory lock id of this job (any constant unique to it)
const BATCH = 500;

export type RetentionResult = { ran: boolean; processes: number; inputs: number; contacts: number; rateLimits: number };

/** Inputs of processes whose retention time has run out, anonymised in batches of 500. */
export async function runRetention(now = new Date()): Promise<RetentionResult> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
      if (!lock?.locked) return { ran: false, processes: 0, inputs: 0, contacts: 0, rateLimits: 0 };
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT p.id FROM process p
        WHERE p.closed_at IS NOT NULL
          AND p.closed_at + make_interval(months => p.retention_months) <= ${now}
          AND EXISTS (SELECT 1 FROM input i WHERE i.process_id = p.id AND i.anonymised_at IS NULL)`;
      let inputs = 0;
      let contacts = 0;
      for (const { id: processId } of due) {
        const before = { inputs, contacts };
        for (;;) {
          const rows = await tx.input.findMany({
            where: { processId, anonymisedAt: null },
            select: { id: true, text: true, redactedText: true, answers: true },
            take: BATCH,
          });
          if (rows.length === 0) break;
          const ids = rows.map((r) => r.id);
          const texts = rows.map((r) => anonymiseText(r.text));
          const redacted = rows.map((r) => (r.redactedText === null ? null : anonymiseText(r.redactedText)));
          const answers = rows.map((r) => JSON.stringify(anonymiseAnswers(r.answers)));
          const lemmas = texts.map((t) => searchLemmas(t));
          // One statement per batch, not one per row.
          await tx.$executeRaw`
            UPDATE input SET text = v.text, redacted_text = v.redacted, answers = v.answers::jsonb,
                   search_lemmas = v.lemmas, anonymised_at = ${now}, updated_at = ${now}
            FROM unnest(${ids}::uuid[], ${texts}::text[], ${redacted}::text[], ${answers}::text[], ${lemmas}::text[])
                 AS v(id, text, redacted, answers, lemmas)
            WHERE input.id = v.id`;
          contacts += (await tx.inputContact.deleteMany({ where: { inputId: { in: ids } } })).count;
          await cancelMailForInputs(tx, ids);
          inputs += rows.length;
        }
        await tx.auditLog.create({
          data: {
            action: "privacy.retention",
            entityType: "process",
            entityId: processId,
            processId,
            details: { change: "retention", inputs: inputs - before.inputs, contacts: contacts - before.contacts },
          },
        });
      }
      const rateLimits = await pruneRateLimits(tx, now);
      return { ran: true, processes: due.length, inputs, contacts, rateLimits };
    },
    { timeout: 10 * 60_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
