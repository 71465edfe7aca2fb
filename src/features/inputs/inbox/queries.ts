// Reads for the administrators' inbox: one page of inputs (keyset), the result count and the
// per-value counts of every filter dimension (one groupBy per dimension, each ignoring its
// own choice so the other values stay visible), and one input in full.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { encodeInboxCursor, newerThan, olderThan, type InboxCursor } from "./cursor";
import { inboxWhere, type InboxFilter } from "./filters";
import { inputCoreSelect } from "./input-select";

export const INBOX_PAGE_SIZE = 50;

const listSelect = {
  id: true,
  text: true,
  language: true,
  category: true,
  channel: true,
  status: true,
  submittedAt: true,
  isHidden: true,
  heldForReview: true,
  flags: true,
  method: { select: { name: true } },
  activity: { select: { title: true } },
  process: { select: { title: true } },
} satisfies Prisma.InputSelect;
export type InboxRow = Prisma.InputGetPayload<{ select: typeof listSelect }>;

/** One page, newest first; `next` is the cursor of the following page (if there is one). */
export async function listInbox(filter: InboxFilter, after?: InboxCursor) {
  const where: Prisma.InputWhereInput = after ? { AND: [inboxWhere(filter), olderThan(after)] } : inboxWhere(filter);
  const rows = await db.input.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: listSelect,
  });
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, next: rows.length > INBOX_PAGE_SIZE && last ? encodeInboxCursor(last) : undefined };
}

/**
 * The result count in SQL. The page takes its counts from the facet index instead (an
 * InboxCounter from the route, knowledge/search/inbox-counts.ts): this and inboxFacets are
 * the definition those counts are tested against (tests/integration/inbox-counts.test.ts),
 * and a full scan each at a million inputs.
 */
export const countInbox = (filter: InboxFilter) => db.input.count({ where: inboxWhere(filter) });

type Counts = Record<string, number>;
const toCounts = <K extends string>(rows: { _count: { _all: number } }[], key: K) =>
  Object.fromEntries(rows.map((r) => [String((r as unknown as Record<K, unknown>)[key] ?? ""), r._count._all])) as Counts;

type Thunks = readonly (() => Promise<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
/** The thunks' results in order: side by side, or one after another (`oneAtATime`: one pooled connection). */
async function runAll<T extends Thunks>(thunks: T, oneAtATime: boolean): Promise<Results<T>> {
  if (!oneAtATime) return (await Promise.all(thunks.map((t) => t()))) as Results<T>;
  const out: unknown[] = [];
  for (const t of thunks) out.push(await t());
  return out as Results<T>;
}

/**
 * Per-value counts for each dimension under the rest of the filter. Phase and activity are
 * only counted inside a chosen process (their options are that process's phases/activities).
 * `oneAtATime`: while the facet index loads, the page's counts come from here and must leave
 * pooled connections for other pages (knowledge/search/inbox-counts.ts).
 */
export async function inboxFacets(f: InboxFilter, { oneAtATime = false } = {}) {
  const count = { _count: { _all: true } } as const;
  const queries = [
    () => db.input.groupBy({ by: ["processId"], where: inboxWhere(f, "prosess"), ...count }),
    async () => (f.prosess ? db.input.groupBy({ by: ["phaseId"], where: inboxWhere(f, "fase"), ...count }) : []),
    async () => (f.prosess ? db.input.groupBy({ by: ["activityId"], where: inboxWhere(f, "aktivitet"), ...count }) : []),
    () => db.input.groupBy({ by: ["channel"], where: inboxWhere(f, "kanal"), ...count }),
    () => db.input.groupBy({ by: ["category"], where: inboxWhere(f, "kategori"), ...count }),
    () => db.input.groupBy({ by: ["status"], where: inboxWhere(f, "status"), ...count }),
    () => db.input.groupBy({ by: ["language"], where: inboxWhere(f, "sprak"), ...count }),
    () => db.input.groupBy({ by: ["isHidden"], where: inboxWhere(f, "synlighet"), ...count }),
  ] as const;
  const [process, phase, activity, channel, category, status, language, hidden] = await runAll(queries, oneAtATime);
  const vis = toCounts(hidden, "isHidden");
  return {
    prosess: toCounts(process, "processId"),
    fase: toCounts(phase, "phaseId"),
    aktivitet: toCounts(activity, "activityId"),
    kanal: toCounts(channel, "channel"),
    kategori: toCounts(category, "category"),
    status: toCounts(status, "status"),
    sprak: toCounts(language, "language"),
    synlighet: { synlige: vis.false ?? 0, skjult: vis.true ?? 0, alle: (vis.false ?? 0) + (vis.true ?? 0) } as Counts,
  };
}
export type InboxFacets = Awaited<ReturnType<typeof inboxFacets>>;

/** The page's counts: the result count and each dimension's per-value counts (as countInbox + inboxFacets). */
export type InboxCounts = { total: number; facets: InboxFacets };
/** Where the page gets its counts (a slot from the route: the facet index lives in `knowledge`, above this feature). */
export type InboxCounter = (filter: InboxFilter) => Promise<InboxCounts>;

/** Names for the process, phase and activity options (phases/activities of the chosen process). */
export async function inboxFilterOptions(f: InboxFilter) {
  const [processes, phases, activities] = await Promise.all([
    db.process.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 500, select: { id: true, title: true } }),
    f.prosess ? db.phase.findMany({ where: { processId: f.prosess }, orderBy: { position: "asc" }, select: { id: true, title: true } }) : [],
    // Only activities that have inputs (or the chosen one): a process can have hundreds.
    f.prosess
      ? db.activity.findMany({
          where: { processId: f.prosess, OR: [{ inputs: { some: {} } }, ...(f.aktivitet ? [{ id: f.aktivitet }] : [])] },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: 500,
          select: { id: true, title: true, startsAt: true },
        })
      : [],
  ]);
  return { processes, phases, activities };
}
export type InboxFilterOptions = Awaited<ReturnType<typeof inboxFilterOptions>>;

const detailSelect = {
  ...inputCoreSelect,
  ageMin: true,
  ageMax: true,
  answers: true,
  externalRef: true,
  process: { select: { id: true, title: true } },
  phase: { select: { title: true } },
  activity: { select: { id: true, title: true, startsAt: true } },
  method: { select: { name: true } },
  recordedBy: { select: { name: true } },
  district: { select: { name: true } },
  targetGroup: { select: { name: true } },
  form: { select: { slug: true, fields: { orderBy: { position: "asc" }, select: { key: true, type: true, texts: true } } } },
  duplicateOf: { select: { id: true, receiptCode: true } },
  contact: { select: { name: true, email: true, phone: true, consentAt: true } },
} satisfies Prisma.InputSelect;
export type InputDetail = Prisma.InputGetPayload<{ select: typeof detailSelect }>;

/** One input in full, contact details included: only for pages behind `input.triage`. */
export async function getInputDetail(id: string) {
  if (!isUuid(id)) return null;
  return db.input.findUnique({ where: { id }, select: detailSelect });
}

/** The inputs just before and after this one in the filtered list (for previous/next links). */
export async function inputNeighbours(filter: InboxFilter, at: InboxCursor) {
  const where = inboxWhere(filter);
  const [newer, older] = await Promise.all([
    db.input.findFirst({ where: { AND: [where, newerThan(at)] }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], select: { id: true } }),
    db.input.findFirst({ where: { AND: [where, olderThan(at)] }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { id: true } }),
  ]);
  return { newer: newer?.id, older: older?.id };
}
