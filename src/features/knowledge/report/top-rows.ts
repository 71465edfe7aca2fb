// A count table that can grow with the data (the report's activities: 7 545 rows for DEMRE at
// a million inputs) shows its largest rows and one row for the rest, so the page and its print
// stay readable and the column still adds up to the total. The downloads keep every row.
export type Counted = { inputs: number; share: number };

/** Activities shown on the report page before «Øvrige N aktiviteter». */
export const ACTIVITIES_SHOWN = 25;

/** The first `limit` rows (already sorted largest first) and the sum of the others, or null. */
export function topRows<T extends Counted>(rows: T[], limit: number): { shown: T[]; rest: { count: number; inputs: number; share: number } | null } {
  if (rows.length <= limit) return { shown: rows, rest: null };
  const others = rows.slice(limit);
  return {
    shown: rows.slice(0, limit),
    rest: { count: others.length, inputs: others.reduce((s, r) => s + r.inputs, 0), share: others.reduce((s, r) => s + r.share, 0) },
  };
}
