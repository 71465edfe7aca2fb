// Loads and locks the input a triage command changes, with its phase's kind (which decides the
// categories that fit). Two administrators saving at once are applied one after the other.
import type { PhaseKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type TriageInput = { id: string; processId: string; phaseKind: PhaseKind | null; triagedAt: Date | null };

export async function lockTriageInput(tx: Tx, inputId: string): Promise<TriageInput> {
  const rows = await tx.$queryRaw<{ id: string; process_id: string; kind: PhaseKind | null; triaged_at: Date | null }[]>`
    SELECT i.id, i.process_id, p.kind::text AS kind, i.triaged_at
    FROM input i LEFT JOIN phase p ON p.id = i.phase_id
    WHERE i.id = ${inputId}::uuid FOR UPDATE OF i`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "knowledgeTriage.inputNotFound");
  return { id: row.id, processId: row.process_id, phaseKind: row.kind, triagedAt: row.triaged_at };
}
