// The search's facet counts in SQL: what countFacets (facet-index/count.ts) answers from the
// in-memory index, one GROUP BY per dimension under the rest of the search. Used while this
// instance's index loads (13.6 s at a million inputs, facet-index/sync.ts loadedFacetStore): a
// page is answered with exact counts then, slowly without words (a scan per dimension), rather
// than waiting. Also the definition the index is tested against (tests/integration/facet-cold-start.test.ts).
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { FACET_KEYS, type FacetKey, type SearchParams } from "./params";
import { searchConditions, whereSql } from "./where";

/** Each column dimension's value as the index keys it (the month as the Oslo "YYYY-MM", from 2000 on like osloMonth). */
const COLUMN: Record<Exclude<FacetKey, "emne" | "plan">, Prisma.Sql> = {
  kategori: Prisma.sql`i.category::text`,
  kanal: Prisma.sql`i.channel::text`,
  sprak: Prisma.sql`i.language::text`,
  bydel: Prisma.sql`i.district_id::text`,
  malgruppe: Prisma.sql`i.target_group_id::text`,
  fase: Prisma.sql`i.phase_id::text`,
  aktivitet: Prisma.sql`i.activity_id::text`,
  maned: Prisma.sql`to_char(i.submitted_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM')`,
};
const LINK = { emne: Prisma.sql`input_tag j ON j.input_id = i.id`, plan: Prisma.sql`input_thematic_plan j ON j.input_id = i.id` };
const LINK_VALUE = { emne: Prisma.sql`j.tag_id::text`, plan: Prisma.sql`j.thematic_plan_id::text` };

/**
 * Counts per dimension and value under `p` (its facets and visibility; words are given as the
 * `candidates` seqs that match them, as countFacets takes them), each dimension without its own
 * choice. Value → count, zeros and missing values left out.
 */
export async function sqlFacetCounts(p: SearchParams, candidates?: readonly number[]): Promise<Record<FacetKey, Map<string, number>>> {
  // One dimension after another: this answers while the index loads, when pooled connections are scarce.
  const counted: [FacetKey, Map<string, number>][] = [];
  for (const dim of FACET_KEYS) {
    const where = searchConditions(p, null, dim);
    if (candidates) where.push(Prisma.sql`i.seq = ANY(${[...candidates]}::int[])`);
    const sql =
      dim === "emne" || dim === "plan"
        ? Prisma.sql`SELECT ${LINK_VALUE[dim]} AS v, count(*)::int AS n FROM input i JOIN ${LINK[dim]} ${whereSql(where)} GROUP BY 1`
        : Prisma.sql`SELECT ${COLUMN[dim]} AS v, count(*)::int AS n FROM input i
                     ${whereSql([...where, Prisma.sql`${COLUMN[dim]} IS NOT NULL`, ...(dim === "maned" ? [Prisma.sql`i.submitted_at >= '2000-01-01T00:00:00+01:00'`] : [])])}
                     GROUP BY 1`;
    const rows = await db.$queryRaw<{ v: string; n: number }[]>(sql);
    counted.push([dim, new Map(rows.map((r) => [r.v, r.n]))]);
  }
  return Object.fromEntries(counted) as Record<FacetKey, Map<string, number>>;
}
