// Reads of the triage queue: untriaged, visible inputs oldest first. Every walk of the queue
// (next, previous, a page) is one query in (submitted_at, id) order with a row comparison, so
// Postgres walks the partial index input_triage_queue_idx (WHERE triaged_at IS NULL) and
// stops at the first rows that pass the filter — fast at a million inputs (tests/bench).
import { inputCoreSelect } from "@/features/inputs/inbox/input-select";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { categoriesFor } from "./categories";
import { encodeQueueCursor, type QueueCursor, type TriageFilter } from "./filters";

export const QUEUE_PAGE_SIZE = 50;

/** SQL conditions of the queue for the filter (table alias i). */
function queueConditions(f: Partial<TriageFilter>): Prisma.Sql[] {
  const c: Prisma.Sql[] = [Prisma.sql`i.triaged_at IS NULL`, Prisma.sql`i.is_hidden = false`];
  if (f.prosess) c.push(Prisma.sql`i.process_id = ${f.prosess}::uuid`);
  if (f.kategori === "mangler") c.push(Prisma.sql`i.category IS NULL`);
  if (f.kategori === "satt") c.push(Prisma.sql`i.category IS NOT NULL`);
  if (f.emne === "mangler") c.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id)`);
  if (f.kanal) c.push(Prisma.sql`i.channel = ${f.kanal}::"InputChannel"`);
  return c;
}

type QueueRow = { id: string; submitted_at: Date };

async function walk(f: Partial<TriageFilter>, after: QueueCursor | undefined, direction: "next" | "previous", limit: number) {
  const c = queueConditions(f);
  if (after) {
    c.push(
      direction === "next"
        ? Prisma.sql`(i.submitted_at, i.id) > (${after.submittedAt}::timestamptz, ${after.id}::uuid)`
        : Prisma.sql`(i.submitted_at, i.id) < (${after.submittedAt}::timestamptz, ${after.id}::uuid)`,
    );
  }
  const order = direction === "next" ? Prisma.sql`ORDER BY i.submitted_at, i.id` : Prisma.sql`ORDER BY i.submitted_at DESC, i.id DESC`;
  const rows = await db.$queryRaw<QueueRow[]>`SELECT i.id, i.submitted_at FROM input i WHERE ${Prisma.join(c, " AND ")} ${order} LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, submittedAt: r.submitted_at }));
}

/** The next untriaged input after `after` (or the first of the queue), with the queue's filters. */
export async function nextForTriage(params: Partial<TriageFilter> & { after?: QueueCursor } = {}): Promise<QueueCursor | null> {
  const { after, ...filter } = params;
  return (await walk(filter, after, "next", 1))[0] ?? null;
}

/** The untriaged input just before `before` in the queue. */
export async function previousForTriage(params: Partial<TriageFilter> & { before: QueueCursor }): Promise<QueueCursor | null> {
  const { before, ...filter } = params;
  return (await walk(filter, before, "previous", 1))[0] ?? null;
}

const rowSelect = {
  id: true,
  text: true,
  language: true,
  category: true,
  channel: true,
  submittedAt: true,
  heldForReview: true,
  process: { select: { title: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.InputSelect;
export type QueueRowDetail = Prisma.InputGetPayload<{ select: typeof rowSelect }>;

/** One page of the queue (oldest first); `next` is the cursor of the following page. */
export async function listTriageQueue(filter: TriageFilter, after?: QueueCursor) {
  const keys = await walk(filter, after, "next", QUEUE_PAGE_SIZE + 1);
  const page = keys.slice(0, QUEUE_PAGE_SIZE);
  const details = page.length ? await db.input.findMany({ where: { id: { in: page.map((k) => k.id) } }, select: rowSelect }) : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const last = page.at(-1);
  return {
    rows: page.map((k) => byId.get(k.id)).filter((r): r is QueueRowDetail => r !== undefined),
    next: keys.length > QUEUE_PAGE_SIZE && last ? encodeQueueCursor(last) : undefined,
  };
}

/** The queue's three counts under its filter (not hidden inputs): untriaged, held for review, all. */
export type TriageCounts = { untriaged: number; held: number; total: number };

/**
 * The counts in SQL: one scan of every visible input (2 s at a million under load). The page
 * takes them from the facet index instead (queue-counts.ts), and from this while the index loads;
 * this is the definition those counts are tested against (tests/integration/triage-counts.test.ts).
 */
export async function sqlTriageCounts(filter: Partial<TriageFilter>): Promise<TriageCounts> {
  const base = queueConditions(filter).slice(2); // the filter's own conditions, not the queue's two
  const where = base.length ? Prisma.sql`AND ${Prisma.join(base, " AND ")}` : Prisma.empty;
  const [row] = await db.$queryRaw<TriageCounts[]>`
    SELECT count(*) FILTER (WHERE i.triaged_at IS NULL)::int AS untriaged,
           count(*) FILTER (WHERE i.held_for_review)::int AS held,
           count(*)::int AS total
    FROM input i WHERE i.is_hidden = false ${where}`;
  return row ?? { untriaged: 0, held: 0, total: 0 };
}

const detailSelect = {
  ...inputCoreSelect,
  categorySource: true,
  triagedAt: true,
  districtId: true,
  targetGroupId: true,
  duplicateOfId: true,
  triagedBy: { select: { name: true } },
  process: { select: { title: true } },
  phase: { select: { title: true, kind: true } },
  activity: { select: { title: true } },
  method: { select: { name: true } },
  tags: { select: { tagId: true, source: true, tag: { select: { name: true } } } },
  thematicPlans: { select: { thematicPlanId: true, source: true, thematicPlan: { select: { name: true } } } },
} satisfies Prisma.InputSelect;
export type TriageInputDetail = Prisma.InputGetPayload<{ select: typeof detailSelect }>;

export async function getTriageInput(id: string) {
  if (!isUuid(id)) return null;
  return db.input.findUnique({ where: { id }, select: detailSelect });
}

/** What the forms on one input offer: its phase's categories, topics, plans, its process's target groups, districts. */
export async function triageChoices(input: Pick<TriageInputDetail, "processId" | "phase">) {
  const [topics, plans, targetGroups, districts] = await Promise.all([
    db.tag.findMany({ where: { mergedIntoId: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.thematicPlan.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.targetGroup.findMany({ where: { processId: input.processId }, select: { id: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.district.findMany({ select: { id: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  ]);
  return { categories: categoriesFor(input.phase?.kind), topics, plans, targetGroups, districts };
}

/** Choices for the queue's filter and bulk forms. */
export async function queueChoices() {
  const [processes, topics, plans] = await Promise.all([
    db.process.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.tag.findMany({ where: { mergedIntoId: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.thematicPlan.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { processes, topics, plans };
}
