// Inputs recorded at each activity, for the dashboard and the method comparison: the knowledge
// report's roll-up (report_count, non-hidden inputs per activity of the whole process, kept by
// triggers), not a scan of the inputs. Keyed by the activity's uuid so callers join it to their
// activities with a hash join, not on the text key (which sorted both sides).
import { Prisma } from "@/generated/prisma/client";

/** `(activity_id uuid, n int)` rows, several per activity (deltas): sum them. Of one process, or of every process. */
export function activityInputRows(processId: string | null): Prisma.Sql {
  // The CASE keeps the cast from ever meeting another dimension's key, in whatever order the planner checks the conditions.
  return Prisma.sql`SELECT CASE WHEN r.dim = 'activity' THEN r.key::uuid END AS activity_id, r.n FROM report_count r
                     WHERE r.thematic_plan_id IS NULL AND r.dim = 'activity' ${processId ? Prisma.sql`AND r.process_id = ${processId}::uuid` : Prisma.empty}`;
}
