// Reads every input into a new FacetStore. A million rows through the driver one by one take
// tens of seconds, so Postgres codes each value as a small integer (its position in the
// dimension's list of ids or enum values; the time as epoch seconds, made a month here) and
// sends a page of 100 000 inputs as one string; topics and plans come as one list per value.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { COLUMN_DIMS, INBOX_DIMS, osloMonth, type FacetStore, type LinkDim } from "./facet-store";

const PAGE = 100_000;

/** The Oslo calendar day of `submitted_at` as days since 2000-01-01 (the inbox's fra/til; facet-store dayNumber). */
export const OSLO_DAY_SQL = Prisma.sql`((i.submitted_at AT TIME ZONE 'Europe/Oslo')::date - DATE '2000-01-01')`;

/** The triage queue's bits (facet-store UNTRIAGED | HELD_FOR_REVIEW) of an input. */
export const TRIAGE_BITS_SQL = Prisma.sql`((i.triaged_at IS NULL)::int | (i.held_for_review::int << 1))`;

/** Each column dimension's list of possible values, in the order Postgres codes them (1-based); then the inbox's (process, status). */
async function valueLists(): Promise<string[][]> {
  const one = async (sql: string) => (await db.$queryRawUnsafe<{ v: string[] }[]>(`SELECT ${sql} AS v`))[0]?.v ?? [];
  return Promise.all(
    [
      `enum_range(NULL::"InputCategory")::text[]`,
      `enum_range(NULL::"InputChannel")::text[]`,
      `enum_range(NULL::"InputLanguage")::text[]`,
      ...["district", "target_group", "phase", "activity"].map((t) => `ARRAY(SELECT id::text FROM ${t} ORDER BY id)`),
      `ARRAY(SELECT id::text FROM process ORDER BY id)`,
      `enum_range(NULL::"InputStatus")::text[]`,
    ].map(one),
  );
}

/** Month codes by osloMonth, each month's code looked up once. */
function monthCoder(store: FacetStore) {
  const codes = new Map<string | null, number>();
  return (epochSeconds: number): number => {
    const month = osloMonth(epochSeconds);
    let code = codes.get(month);
    if (code === undefined) codes.set(month, (code = month === null ? 0 : store.dictionaries.maned.code(month)));
    return code;
  };
}

export async function loadAllInto(store: FacetStore): Promise<void> {
  const lists = await valueLists();
  // Postgres code → store code, per column dimension (months by monthCoder).
  // The first seven lists are COLUMN_DIMS' (the month, the eighth, is coded by monthCoder), then INBOX_DIMS'.
  const coded = COLUMN_DIMS.length - 1;
  const dictionary = (d: number) => (d < coded ? store.dictionaries[COLUMN_DIMS[d]!] : store.inboxDictionaries[INBOX_DIMS[d - coded]!]);
  const maps = lists.map((list, d) => Uint16Array.from([0, ...list.map((v) => dictionary(d).code(v))]));
  const month = monthCoder(store);
  const [cat, chan, lang, districts, groups, phases, activities, processes, statuses] = lists;
  const enumCode = (arr: string[] | undefined, column: string) => Prisma.sql`coalesce(array_position(${arr ?? []}::text[], ${Prisma.raw(column)}::text), 0)`;
  const idCode = (arr: string[] | undefined, column: string) => Prisma.sql`coalesce(array_position(${arr ?? []}::uuid[], ${Prisma.raw(column)}), 0)`;
  const rows = async () => {
    for (let after = -1; ;) {
      const rows = await db.$queryRaw<{ page: string | null; last: number | null; n: number }[]>(Prisma.sql`
        SELECT string_agg(concat_ws(',', i.seq, i.is_hidden::int,
                 ${enumCode(cat, "i.category")}, ${enumCode(chan, "i.channel")}, ${enumCode(lang, "i.language")},
                 ${idCode(districts, "i.district_id")}, ${idCode(groups, "i.target_group_id")},
                 ${idCode(phases, "i.phase_id")}, ${idCode(activities, "i.activity_id")},
                 floor(extract(epoch FROM i.submitted_at))::bigint,
                 ${idCode(processes, "i.process_id")}, ${enumCode(statuses, "i.status")}, ${OSLO_DAY_SQL}, ${TRIAGE_BITS_SQL}
               ), ';') AS page, max(i.seq) AS last, count(*)::int AS n
        FROM (SELECT * FROM input WHERE seq > ${after} ORDER BY seq LIMIT ${PAGE}) i`);
      const { page, last, n } = rows[0]!;
      for (const line of page ? page.split(";") : []) {
        const f = line.split(",").map(Number);
        store.setCoded(
          f[0]!,
          f[1] === 1,
          [maps[0]![f[2]!]!, maps[1]![f[3]!]!, maps[2]![f[4]!]!, maps[3]![f[5]!]!, maps[4]![f[6]!]!, maps[5]![f[7]!]!, maps[6]![f[8]!]!, month(f[9]!)],
          [maps[7]![f[10]!]!, maps[8]![f[11]!]!],
          f[12]!,
          f[13]!,
        );
      }
      if (n < PAGE || last === null) return;
      after = last;
    }
  };
  const links = async (dim: LinkDim, table: string, column: string) => {
    const lists = await db.$queryRaw<{ v: string; seqs: string }[]>(Prisma.sql`
      SELECT j.${Prisma.raw(column)}::text AS v, string_agg(i.seq::text, ',') AS seqs
      FROM ${Prisma.raw(table)} j JOIN input i ON i.id = j.input_id GROUP BY 1`);
    for (const { v, seqs } of lists) {
      const code = store.dictionaries[dim].code(v);
      for (const seq of seqs.split(",")) store.appendLink(dim, Number(seq), code);
    }
  };
  // Rows and links touch different arrays of the store, so the three run side by side.
  await Promise.all([rows(), links("emne", "input_tag", "tag_id"), links("plan", "input_thematic_plan", "thematic_plan_id")]);
}
