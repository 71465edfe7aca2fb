// The WHERE clause of a search as parameterised SQL (alias `i` = input). Values are always
// bound parameters; only fixed SQL text is written inline.
import { Prisma } from "@/generated/prisma/client";
import { fromOsloWallClock } from "@/lib/oslo-time";
import type { FacetKey, SearchParams } from "./params";

const list = (values: string[], cast: string) => Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(cast)}`));

function monthRange(ym: string): [Date, Date] {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return [fromOsloWallClock(y, m, 1, 0, 0), m === 12 ? fromOsloWallClock(y + 1, 1, 1, 0, 0) : fromOsloWallClock(y, m + 1, 1, 0, 0)];
}

/** The SQL condition for one facet dimension's chosen values (OR between them). */
function facetCondition(key: FacetKey, values: string[]): Prisma.Sql {
  switch (key) {
    case "kategori":
      return Prisma.sql`i.category IN (${list(values, `"InputCategory"`)})`;
    case "kanal":
      return Prisma.sql`i.channel IN (${list(values, `"InputChannel"`)})`;
    case "sprak":
      return Prisma.sql`i.language IN (${list(values, `"InputLanguage"`)})`;
    case "bydel":
      return Prisma.sql`i.district_id IN (${list(values, "uuid")})`;
    case "malgruppe":
      return Prisma.sql`i.target_group_id IN (${list(values, "uuid")})`;
    case "fase":
      return Prisma.sql`i.phase_id IN (${list(values, "uuid")})`;
    case "aktivitet":
      return Prisma.sql`i.activity_id IN (${list(values, "uuid")})`;
    case "emne":
      return Prisma.sql`EXISTS (SELECT 1 FROM input_tag it WHERE it.input_id = i.id AND it.tag_id IN (${list(values, "uuid")}))`;
    case "plan":
      return Prisma.sql`EXISTS (SELECT 1 FROM input_thematic_plan ip WHERE ip.input_id = i.id AND ip.thematic_plan_id IN (${list(values, "uuid")}))`;
    case "maned":
      return Prisma.sql`(${Prisma.join(
        values.map((v) => {
          const [from, to] = monthRange(v);
          return Prisma.sql`(i.submitted_at >= ${from} AND i.submitted_at < ${to})`;
        }),
        " OR ",
      )})`;
  }
}

/**
 * The words of a search, or null without words: `groups` is an AND of OR-groups of prefixes
 * (a word and its near spellings), `tsquery` the same as text, e.g.
 * `'buss':* & ('sykehjm':* | 'sykehjem':*)`.
 */
export type TextQuery = { tsquery: string; groups: string[][]; lemmas: string[]; expansions: string[] } | null;

/** Conditions of a search; `omit` leaves one facet dimension out (its own counts), `visibility: false` too. */
export function searchConditions(p: SearchParams, text: TextQuery, omit?: FacetKey): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (text) out.push(Prisma.sql`i.search_vector @@ to_tsquery('simple', ${text.tsquery})`);
  if (p.synlighet === "synlige") out.push(Prisma.sql`i.is_hidden = false`);
  else if (p.synlighet === "skjult") out.push(Prisma.sql`i.is_hidden = true`);
  for (const [key, values] of Object.entries(p.facets) as [FacetKey, string[]][]) {
    if (key !== omit && values.length > 0) out.push(facetCondition(key, values));
  }
  return out;
}

export const whereSql = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);
