// The kunnskapsgrunnlag report of a thematic plan or a process, generated from live data:
// a fixed number of queries (scope, the trigger-kept counts, the quote ranking, names)
// however many inputs there are. Quotes only ever come through publicText() (moderation's
// rule for public text).
import { publicText } from "@/features/knowledge/moderation/public-text";
import { InputCategory, InputChannel } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { loadReportLabels } from "./report-labels";
import {
  compactRollup,
  newestQuotable,
  QUOTE_CANDIDATES,
  quoteRanks,
  quoteTexts,
  rollupCounts,
  type CategoryTopicRow,
  type DimensionRow,
  type QuoteRank,
} from "./report-queries";
import { resolveScope, type ReportScope, type ResolvedScope } from "./scope";

/** Quotes shown per category × topic. */
export const QUOTES_PER_TOPIC = 3;

export type CountRow = { key: string | null; label: string | null; inputs: number; share: number };
export type ActivityRow = CountRow & { startsAt: Date | null; method: string | null };
export type Quote = { inputId: string; text: string; language: string; mentions: number; submittedAt: Date };
export type TopicGroup = { topicId: string | null; topic: string | null; inputs: number; points: number; share: number; quotes: Quote[] };
export type CategoryGroup = { category: InputCategory | null; inputs: number; points: number; share: number; topics: TopicGroup[] };

export type Report = {
  scope: ResolvedScope;
  generatedAt: Date;
  summary: {
    inputs: number;
    points: number;
    firstAt: Date | null;
    lastAt: Date | null;
    activities: number;
    methods: number;
    processes: number;
    uncategorised: number;
  };
  categories: CategoryGroup[];
  coverage: { targetGroups: CountRow[]; districts: CountRow[]; channels: CountRow[] };
  sources: { methods: CountRow[]; activities: ActivityRow[] };
};

// Schema order: the insight phase's categories, then the idea phase's.
const CATEGORIES = Object.values(InputCategory);
const CHANNELS = Object.values(InputChannel);
const byLabel = (a: { label: string | null }, b: { label: string | null }) => (a.label ?? "\uffff").localeCompare(b.label ?? "\uffff", "nb");
const byCount = <T extends { inputs: number; label: string | null }>(a: T, b: T) => b.inputs - a.inputs || byLabel(a, b);

/** The report, or null when the plan or process does not exist. */
export async function buildReport(scope: ReportScope, { now = new Date(), newestWindow }: { now?: Date; newestWindow?: number } = {}): Promise<Report | null> {
  const resolved = await resolveScope(scope);
  if (!resolved) return null;
  const planProcesses =
    resolved.kind === "plan" && !resolved.process
      ? db.processThematicPlan.findMany({ where: { thematicPlanId: resolved.plan.id }, select: { processId: true } })
      : Promise.resolve([]);
  const [{ dims, pairs, needsCompaction }, ranks, linked] = await Promise.all([
    rollupCounts(db, resolved),
    withWorkMem((tx) => quoteRanks(tx, resolved, QUOTE_CANDIDATES, newestWindow)),
    planProcesses,
  ]);
  if (needsCompaction) await compactRollup(db);

  const of = (dim: DimensionRow["dim"]) => dims.filter((d) => d.dim === dim);
  const total = of("total")[0] ?? { inputs: 0, points: 0, firstAt: null, lastAt: null };
  const keys = (dim: DimensionRow["dim"]) => of(dim).flatMap((d) => (d.key ? [d.key] : []));
  const processIds = [...new Set([...keys("process"), ...linked.map((l) => l.processId), ...(resolved.process ? [resolved.process.id] : [])])];
  const [labels, quotable] = await Promise.all([
    loadReportLabels(db, {
      processIds,
      methodIds: keys("method"),
      activityIds: keys("activity"),
      topicIds: [...new Set(pairs.flatMap((p) => (p.topicId ? [p.topicId] : [])))],
    }),
    fillRanks(resolved, ranks, pairs),
  ]);

  const share = (n: number) => (total.inputs > 0 ? n / total.inputs : 0);
  const countsOf = (dim: DimensionRow["dim"]) => new Map(of(dim).map((d) => [d.key, d.inputs]));
  const row = (key: string | null, label: string | null, inputs: number): CountRow => ({ key, label, inputs, share: share(inputs) });
  // Every known group is listed (0 = not reached); inputs without one come last as "not given".
  const coverage = (dim: DimensionRow["dim"], known: { id: string; name: string }[]) => {
    const counts = countsOf(dim);
    const rows = known.map((k) => row(k.id, k.name, counts.get(k.id) ?? 0));
    const unknown = counts.get(null) ?? 0;
    return unknown > 0 ? [...rows, row(null, null, unknown)] : rows;
  };

  // Target groups belong to a process: name the process too when the report spans several.
  const processTitle = new Map(labels.processes.map((p) => [p.id, p.title]));
  const multiProcess = new Set(labels.targetGroups.map((g) => g.processId)).size > 1;
  const targetGroups = coverage(
    "targetGroup",
    labels.targetGroups.map((g) => ({ id: g.id, name: multiProcess ? `${g.name} (${processTitle.get(g.processId) ?? ""})` : g.name })),
  );
  const channelCounts = countsOf("channel");
  const channels = CHANNELS.map((c) => row(c, c, channelCounts.get(c) ?? 0));

  const methodName = new Map(labels.methods.map((m) => [m.id, m.name]));
  const methods = of("method")
    .map((d) => row(d.key, d.key ? (methodName.get(d.key) ?? null) : null, d.inputs))
    .sort(byCount);
  const activityById = new Map(labels.activities.map((a) => [a.id, a]));
  const activities: ActivityRow[] = of("activity")
    .map((d) => {
      const a = d.key ? activityById.get(d.key) : undefined;
      return { ...row(d.key, a?.title ?? null, d.inputs), startsAt: a?.startsAt ?? null, method: a?.method.name ?? null };
    })
    .sort(byCount);

  // What was heard: category → topic, with up to three quotable representatives each.
  const topicName = new Map(labels.topics.map((t) => [t.id, t.name]));
  const texts = new Map((await quoteTexts(db, [...new Set(quotable.map((r) => r.id))])).map((q) => [q.id, q]));
  const quotes = new Map<string, Quote[]>();
  // An input with several topics in one category is quoted once there (under the first topic
  // that takes it), so the same words do not repeat down the page; the other topics take their
  // next candidates instead (the ranking gives each group more candidates than it shows).
  const quotedIn = new Set<string>();
  for (const r of quotable) {
    const key = `${r.category}|${r.topicId}`;
    const list = quotes.get(key) ?? [];
    const input = texts.get(r.id);
    const once = `${r.category}|${r.id}`;
    // The only way a text reaches the report: moderation's publicText().
    const text = input && list.length < QUOTES_PER_TOPIC && !quotedIn.has(once) ? publicText(input) : null;
    if (text && input) {
      list.push({ inputId: r.id, text, language: input.language, mentions: r.mentions, submittedAt: r.submittedAt });
      quotedIn.add(once);
    }
    quotes.set(key, list);
  }
  const categoryCounts = new Map(of("category").map((d) => [d.key, d]));
  const categories: CategoryGroup[] = [...CATEGORIES, null].flatMap((category) => {
    const counts = categoryCounts.get(category);
    if (!counts) return [];
    const topics = pairs
      .filter((p) => p.category === category)
      .map((p) => ({
        topicId: p.topicId,
        topic: p.topicId ? (topicName.get(p.topicId) ?? null) : null,
        inputs: p.inputs,
        points: p.points,
        share: share(p.inputs),
        quotes: quotes.get(`${category}|${p.topicId}`) ?? [],
      }))
      // Most distinct points first; "no topic" last.
      .sort(
        (a, b) =>
          Number(a.topicId === null) - Number(b.topicId === null) ||
          b.points - a.points ||
          b.inputs - a.inputs ||
          byLabel({ label: a.topic }, { label: b.topic }),
      );
    return [{ category, inputs: counts.inputs, points: counts.points, share: share(counts.inputs), topics }];
  });

  return {
    scope: resolved,
    generatedAt: now,
    summary: {
      inputs: total.inputs,
      points: total.points,
      firstAt: total.firstAt,
      lastAt: total.lastAt,
      activities: keys("activity").length,
      methods: keys("method").length,
      processes: keys("process").length,
      uncategorised: categoryCounts.get(null)?.inputs ?? 0,
    },
    categories,
    coverage: { targetGroups, districts: coverage("district", labels.districts), channels },
    sources: { methods, activities },
  };
}

/**
 * Runs one quote-ranking pass in its own short transaction with more sort/hash memory (the
 * default 4 MB makes a full ranking spill to disk). SET LOCAL ends with the transaction, so
 * the pooled connection is left as it was.
 */
function withWorkMem<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      return run(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * When the newest-inputs window was full, a group it filled with fewer candidates than the
 * group has originals may be missing some: those groups get their newest quotable originals
 * from the whole scope — one more query at most — merged into the ranking (same order: most
 * mentioned, then newest). (When the window was not full, every quotable original was ranked.)
 */
async function fillRanks(scope: ResolvedScope, ranks: QuoteRank[], pairs: CategoryTopicRow[]): Promise<QuoteRank[]> {
  if (!ranks.some((r) => r.windowFull)) return ranks;
  const key = (g: { category: string | null; topicId: string | null }) => `${g.category}|${g.topicId}`;
  const ranked = new Map<string, number>();
  for (const r of ranks) ranked.set(key(r), (ranked.get(key(r)) ?? 0) + 1);
  const short = pairs.filter((p) => {
    const n = ranked.get(key(p)) ?? 0;
    return n < QUOTE_CANDIDATES && n < p.points;
  });
  if (short.length === 0) return ranks;
  const redo = new Set(short.map(key));
  const more = await newestQuotable(db, scope, short);
  const merged: QuoteRank[] = [];
  for (const group of redo) {
    const seen = new Set<string>();
    const all = [...ranks, ...more].filter((r) => key(r) === group && !seen.has(r.id) && seen.add(r.id));
    all.sort((a, b) => b.mentions - a.mentions || b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    merged.push(...all.slice(0, QUOTE_CANDIDATES));
  }
  return [...ranks.filter((r) => !redo.has(key(r))), ...merged];
}
