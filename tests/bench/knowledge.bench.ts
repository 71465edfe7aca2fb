// `npm run bench` (or `npx tsx tests/bench/knowledge.bench.ts [--count N] [--rebuild] [--reuse]
// [--samples 30] [--exports csv,xlsx|none]`): the knowledge base at a million inputs.
// Starts its own embedded PostgreSQL 18 with a cached, generated database (see
// support/bench-db.ts), then times the app's own functions — search, facet counts, the next
// input to triage, the kunnskapsgrunnlag report — and streams the inbox exports over every
// input while sampling memory. Prints a table and writes tests/bench/results/knowledge.json;
// anything over its goal gets EXPLAIN (ANALYZE, BUFFERS) of its slowest query in
// tests/bench/results/knowledge-explain.txt.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { startBenchDb } from "./support/bench-db";
import { sample, stats, type Stats } from "./support/measure";

// App modules may import "server-only" (a guard for React Server Components): a no-op here.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
  )}`,
);

const ROOT = path.resolve(import.meta.dirname, "../..");
const RESULTS = path.join(import.meta.dirname, "results");
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const COUNT = Number(flag("count") ?? process.env.BENCH_INPUTS ?? 1_000_000);
const SAMPLES = Math.max(30, Number(flag("samples") ?? 30));
const EXPORTS = (flag("exports") ?? "csv,xlsx").split(",").filter((e) => e === "csv" || e === "xlsx");

type Row = Stats & { name: string; goalMs: number | null; pass: boolean | null; note: string };
const rows: Row[] = [];
const explains: string[] = [];
const notes: string[] = [];

const started = performance.now();
const loadAtStart = os.loadavg()[0]!;
const bench = await startBenchDb({ count: COUNT, rebuild: argv.includes("--rebuild"), reuse: argv.includes("--reuse") });
process.env.DATABASE_URL = bench.url;
process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdefghijklmnop";

// The app's client, with query events: the benchmark replays exactly the SQL a search ran.
const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("../../src/generated/prisma/client");
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: bench.url, max: 10 }),
  omit: { user: { passwordHash: true } },
  log: [{ emit: "event", level: "query" }],
});
(globalThis as { medvirkDb?: unknown }).medvirkDb = client;
type Captured = { query: string; params: unknown[]; duration: number };
let capture: Captured[] | null = null;
client.$on("query", (e) => {
  if (capture) capture.push({ query: e.query, params: safeParams(e.params), duration: e.duration });
});
function safeParams(p: string): unknown[] {
  try {
    const v = JSON.parse(p) as unknown;
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}
async function captured<T>(fn: () => Promise<T>): Promise<{ value: T; queries: Captured[] }> {
  capture = [];
  try {
    const value = await fn();
    return { value, queries: capture };
  } finally {
    capture = null;
  }
}

/** Finds an exported function by name in the .ts files of a feature folder (slices name files freely). */
async function findExport<F>(dir: string, name: string): Promise<F | null> {
  const full = path.join(ROOT, dir);
  let files: string[] = [];
  try {
    files = readdirSync(full)
      .filter((f) => f.endsWith(".ts"))
      .sort((a, b) => Number(b.includes(name.replace(/[A-Z].*/, ""))) - Number(a.includes(name.replace(/[A-Z].*/, ""))));
  } catch {
    return null;
  }
  for (const f of files) {
    try {
      const mod = (await import(path.join(full, f))) as Record<string, unknown>;
      if (typeof mod[name] === "function") return mod[name] as F;
    } catch (error) {
      notes.push(`could not import ${dir}/${f}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return null;
}

async function explainSlowest(name: string, run: () => Promise<unknown>) {
  const { queries } = await captured(run);
  const slowest = [...queries].sort((a, b) => b.duration - a.duration)[0];
  if (!slowest) return;
  try {
    const plan = await client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.query}`, ...slowest.params);
    explains.push(
      `## ${name} — slowest query (${slowest.duration} ms)\n${slowest.query}\n-- params: ${JSON.stringify(slowest.params)}\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
    );
  } catch (error) {
    explains.push(`## ${name}: EXPLAIN failed: ${(error as Error).message}\n${slowest.query}\n`);
  }
}

async function measure<C>(
  name: string,
  goalMs: number | null,
  cases: readonly C[],
  fn: ((c: C) => Promise<unknown>) | null,
  opts: Parameters<typeof sample>[2] = {},
) {
  if (!fn) {
    rows.push({ name, n: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN, goalMs, pass: null, note: "function not found (slice not landed yet)" });
    return null;
  }
  try {
    const { times, perCase } = await sample(cases, fn, { samples: SAMPLES, ...opts });
    const s = stats(times);
    const pass = goalMs === null ? null : s.p95 < goalMs;
    rows.push({ name, ...s, goalMs, pass, note: "" });
    if (pass === false) {
      // The slowest case, explained.
      const worst = [...perCase.entries()].sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]))[0]![0];
      await explainSlowest(`${name} (${JSON.stringify(worst).slice(0, 120)})`, () => fn(worst));
    }
    return { times, perCase, stats: s };
  } catch (error) {
    rows.push({ name, n: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN, goalMs, pass: false, note: `error: ${(error as Error).message.split("\n")[0]}` });
    console.error(error);
    return null;
  }
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// ------------------------------------------------------------------ reference ids
const one = async <T>(sql: string) => (await client.$queryRawUnsafe<T[]>(sql))[0];
const demre = await one<{ id: string }>(`SELECT id FROM process WHERE slug = 'demre'`);
const district = await one<{ id: string }>(`SELECT id FROM district ORDER BY position LIMIT 1`);
const plans = await client.$queryRawUnsafe<{ id: string; slug: string }[]>(`SELECT id, slug FROM thematic_plan ORDER BY slug`);
const topics = (await client.$queryRawUnsafe<{ id: string }[]>(`SELECT tag_id AS id FROM input_tag GROUP BY tag_id ORDER BY count(*) DESC LIMIT 2`)).map(
  (t) => t.id,
);
const topic = topics[0] ? { id: topics[0] } : undefined;
const totals = (await one<{ inputs: number; untriaged: number; pg: string }>(
  `SELECT count(*)::int AS inputs, count(*) FILTER (WHERE triaged_at IS NULL)::int AS untriaged, current_setting('server_version') AS pg FROM input`,
))!;
console.log(`\n${totals.inputs.toLocaleString("en")} inputs (${totals.untriaged.toLocaleString("en")} untriaged), PostgreSQL ${totals.pg}`);

// ------------------------------------------------------------------ search
const { parseSearchParams } = (await import("../../src/features/knowledge/search/params")) as typeof import("../../src/features/knowledge/search/params");
type SearchFn = (p: ReturnType<typeof parseSearchParams>) => Promise<unknown>;
const searchInputs = await findExport<SearchFn>("src/features/knowledge/search", "searchInputs");
const facetCounts = await findExport<SearchFn>("src/features/knowledge/search", "facetCounts");

const SEARCHES = [
  { kind: "common", q: "buss" },
  { kind: "common", q: "eldre" },
  { kind: "rare", q: "vekterne" },
  { kind: "inflected", q: "sykehjemmet" },
  { kind: "inflected", q: "barnehager" },
  { kind: "nynorsk", q: "heimetenesta" },
  { kind: "english", q: "loneliness" },
  { kind: "typo", q: "hjemmetjenseten" },
  { kind: "typo", q: "ensomhett" },
  { kind: "multi-word", q: "gratis aktiviteter for ungdom" },
  { kind: "multi-word", q: "ensomme eldre på sykehjem" },
] as const;
const bySearch = (fn: SearchFn | null) => (fn ? (c: (typeof SEARCHES)[number]) => fn(parseSearchParams({ q: c.q })) : null);
const searchSamples = { samples: Math.max(SAMPLES, SEARCHES.length * 5) };
const searchRun = bySearch(searchInputs);
const search = await measure("search: searchInputs()", 100, SEARCHES, searchRun, searchSamples);
// The page also counts the matches (exact up to 10 000) beside the results.
const countInputs = await findExport<SearchFn>("src/features/knowledge/search", "countInputs");
await measure("search: countInputs()", 100, SEARCHES, bySearch(countInputs), searchSamples);

// The bare SQL: the queries one search ran (captured from the app's client), replayed with
// the same parameters on a plain node-postgres connection — no Prisma, no app code. "rank" is
// the main ranked full-text query alone, "all" every query of the search in sequence.
const ratios: { kind: string; q: string; appP50: number; sqlP50: number; rankSqlP50: number; ratio: number; queries: number; hits: number | null }[] = [];
if (searchRun && search) {
  const { default: pg } = await import("pg");
  const raw = new pg.Client({ connectionString: bench.url });
  await raw.connect();
  for (const c of SEARCHES) {
    const { value, queries } = await captured(() => searchRun(c));
    const replay = async (only?: Captured) => {
      for (const q of only ? [only] : queries) await raw.query(q.query, q.params);
    };
    const sql = stats((await sample([c], () => replay(), { samples: 30, warmup: 1, budgetMs: 15_000 })).times);
    const main = queries.find((q) => q.query.includes("ts_rank"));
    const rankSql = main ? stats((await sample([c], () => replay(main), { samples: 30, warmup: 1, budgetMs: 15_000 })).times) : sql;
    const app = stats(search.perCase.get(c) ?? []);
    const v = value as { total?: number; count?: number; rows?: unknown[]; items?: unknown[] } | null;
    const hits = typeof v?.total === "number" ? v.total : typeof v?.count === "number" ? v.count : ((v?.rows ?? v?.items)?.length ?? null);
    ratios.push({
      kind: c.kind,
      q: c.q,
      appP50: app.p50,
      sqlP50: sql.p50,
      rankSqlP50: rankSql.p50,
      ratio: Math.round((app.p50 / sql.p50) * 100) / 100,
      queries: queries.length,
      hits,
    });
  }
  await raw.end();
  const all = stats(ratios.map((r) => r.sqlP50));
  rows.push({
    name: "search: bare SQL, all queries",
    n: ratios.length,
    p50: all.p50,
    p95: all.p95,
    max: all.max,
    mean: all.mean,
    goalMs: null,
    pass: null,
    note: "p50 of each search's SQL, replayed",
  });
  const rank = stats(ratios.map((r) => r.rankSqlP50));
  rows.push({
    name: "search: bare SQL, ranked query",
    n: ratios.length,
    p50: rank.p50,
    p95: rank.p95,
    max: rank.max,
    mean: rank.mean,
    goalMs: null,
    pass: null,
    note: "the ts_rank_cd query alone",
  });
}

// ------------------------------------------------------------------ facets
const FACETS = [
  { label: "no filter", raw: {} },
  { label: "one filter", raw: { kategori: "NEED" } },
  { label: "two filters", raw: { kategori: "NEED", bydel: district?.id ?? "" } },
  { label: "topic + plan", raw: { emne: topic?.id ?? "", plan: plans[0]?.id ?? "" } },
  { label: "three filters, two topics", raw: { emne: topics.slice(0, 2), plan: plans[1]?.id ?? "", kanal: ["FORM", "ACTIVITY"] as string[] } },
  { label: "text query", raw: { q: "buss" } },
  { label: "text + filter", raw: { q: "ensomme eldre", kategori: "CHALLENGE" } },
] as const;
/** A row for something timed once (no goal). */
const once = (name: string, ms: number, note: string) => rows.push({ name, n: 1, p50: ms, p95: ms, max: ms, mean: ms, goalMs: null, pass: null, note });

// The in-memory facet index loads once per app instance (at server start); timed apart.
{
  const { facetStore } = await import("../../src/features/knowledge/search/facet-index/sync");
  const t0 = performance.now();
  const store = await facetStore();
  const ms = performance.now() - t0;
  gc();
  const heapMB = process.memoryUsage().heapUsed / 1e6;
  once("facets: index full load (once per instance)", ms, `${store.count()} inputs; heap after load ${heapMB.toFixed(0)} MB`);
}
for (const f of FACETS) {
  const run = facetCounts ? () => facetCounts(parseSearchParams(f.raw)) : null;
  if (run && "q" in f.raw) {
    // With words the first calls read the matches' rows into Postgres' cache: timed apart, then
    // the steady state after 10 warm-up calls.
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    once(`facets: ${f.label}, first call`, ms, "cold cache for these words");
    await measure(`facets: ${f.label}`, 200, [f], run, { warmup: 10 });
  } else await measure(`facets: ${f.label}`, 200, [f], run);
}

// ------------------------------------------------------------------ triage
type NextFn = (p?: Record<string, unknown>) => Promise<{ id: string; submittedAt: Date } | null>;
const nextForTriage = await findExport<NextFn>("src/features/knowledge/triage", "nextForTriage");
if (nextForTriage) {
  // Walk the queue as a person would: each call continues after the previous input.
  let cursor: { id: string; submittedAt: Date } | null = null;
  await measure("triage: next input (walk)", 50, [{}], async () => {
    cursor = (await nextForTriage(cursor ? { after: cursor } : {})) ?? null;
  });
  const mid = await one<{ id: string; submitted_at: Date }>(
    `SELECT id, submitted_at FROM input WHERE triaged_at IS NULL AND NOT is_hidden ORDER BY submitted_at, id OFFSET ${Math.floor(totals.untriaged / 2)} LIMIT 1`,
  );
  const after = mid ? { after: { id: mid.id, submittedAt: mid.submitted_at } } : {};
  for (const [label, filter] of [
    ["mid-queue", after],
    ["no category", { kategori: "mangler", ...after }],
    ["no topic", { emne: "mangler", ...after }],
    ["channel PHONE", { kanal: "PHONE", ...after }],
    ["process", { prosess: demre?.id, ...after }],
  ] as const) {
    await measure(`triage: next, ${label}`, 50, [filter], (f) => nextForTriage(f as Record<string, unknown>));
  }
} else await measure("triage: next input", 50, [{}], null);

// ------------------------------------------------------------------ report
type ReportFn = (scope: Record<string, string>) => Promise<unknown>;
const buildReport = await findExport<ReportFn>("src/features/knowledge/report", "buildReport");
for (const scope of [...plans.map((p) => ({ thematicPlanSlug: p.slug })), { processSlug: "demre" }]) {
  await measure(`report: ${Object.values(scope)[0]}`, 5000, [scope], buildReport, { warmup: 1 });
}

// ------------------------------------------------------------------ exports
const exportsOut: {
  format: string;
  rows: number;
  mb: number;
  seconds: number;
  liveHeapGrowthMB: number;
  rawHeapPeakMB: number;
  rssGrowthMB: number;
  samples: number;
  pass: boolean;
}[] = [];
if (EXPORTS.length) {
  const { csvExportStream, xlsxExportStream } = await import("../../src/features/inputs/transfer/export-stream");
  const { exportQuestions } = await import("../../src/features/inputs/transfer/export-questions");
  for (const format of EXPORTS) {
    gc();
    const base = process.memoryUsage();
    let live = 0;
    let raw = 0;
    let rss = 0;
    let samples = 0;
    let bytes = 0;
    let lastGc = performance.now();
    const t0 = performance.now();
    const stream = (format === "csv" ? csvExportStream : xlsxExportStream)({
      db: client as unknown as import("../../src/lib/db").Tx,
      where: {},
      locale: "nb",
      questions: await exportQuestions(client as unknown as import("../../src/lib/db").Tx, {}),
    });
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      const m = process.memoryUsage();
      raw = Math.max(raw, m.heapUsed - base.heapUsed);
      rss = Math.max(rss, m.rss - base.rss);
      if (performance.now() - lastGc > 2000) {
        gc(); // live heap: what the export really keeps
        samples += 1;
        live = Math.max(live, process.memoryUsage().heapUsed - base.heapUsed);
        lastGc = performance.now();
      }
    }
    const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
    const r = {
      format,
      rows: totals.inputs,
      mb: mb(bytes),
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      liveHeapGrowthMB: mb(live),
      rawHeapPeakMB: mb(raw),
      rssGrowthMB: mb(rss),
      samples,
      pass: live < 80 * 2 ** 20,
    };
    exportsOut.push(r);
    console.log(
      `export ${format}: ${r.mb} MB in ${r.seconds} s; live heap growth ≤ ${r.liveHeapGrowthMB} MB (${samples} samples), raw heap peak ${r.rawHeapPeakMB} MB, RSS growth ${r.rssGrowthMB} MB`,
    );
  }
}

// ------------------------------------------------------------------ report out
const fmt = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(1));
const widths = [34, 4, 8, 8, 8, 7, 6];
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
const load = `load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end`;
console.log(`\nKnowledge base at ${totals.inputs.toLocaleString("en")} inputs (ms; ${os.cpus().length} cores, ${load}, PostgreSQL ${totals.pg})`);
console.log(line(["name", "n", "p50", "p95", "max", "goal", "result"]));
for (const r of rows) {
  console.log(
    line([r.name, String(r.n), fmt(r.p50), fmt(r.p95), fmt(r.max), r.goalMs === null ? "" : `<${r.goalMs}`, r.pass === null ? "" : r.pass ? "PASS" : "FAIL"]) +
      (r.note ? `  ${r.note}` : ""),
  );
}
for (const e of exportsOut)
  console.log(
    line([`export ${e.format} (${e.mb} MB, ${e.seconds} s)`, "1", "", "", "", "flat", e.pass ? "PASS" : "FAIL"]) +
      `  live heap +${e.liveHeapGrowthMB} MB, RSS +${e.rssGrowthMB} MB`,
  );
if (ratios.length) {
  console.log(`\nsearch: app time / bare SQL time (p50 each; sql = all its queries replayed, rank = the ranked query alone)`);
  for (const r of ratios)
    console.log(
      `  ${r.kind.padEnd(10)} ${JSON.stringify(r.q).padEnd(32)} app ${fmt(r.appP50).padStart(6)}  sql ${fmt(r.sqlP50).padStart(6)}  rank ${fmt(r.rankSqlP50).padStart(6)}  app/sql ×${r.ratio.toFixed(2)}  (${r.queries} queries, hits ${r.hits ?? "?"})`,
    );
}
for (const n of notes) console.log(`note: ${n}`);

mkdirSync(RESULTS, { recursive: true });
const generation = bench.generated;
writeFileSync(
  path.join(RESULTS, "knowledge.json"),
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      inputs: totals.inputs,
      untriaged: totals.untriaged,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "",
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: totals.pg,
        load,
      },
      generation,
      results: rows.map((r) => ({
        ...r,
        p50: Number.isNaN(r.p50) ? null : r.p50,
        p95: Number.isNaN(r.p95) ? null : r.p95,
        max: Number.isNaN(r.max) ? null : r.max,
        mean: Number.isNaN(r.mean) ? null : r.mean,
      })),
      searchRatio: ratios,
      exports: exportsOut,
      notes,
      totalSeconds: Math.round((performance.now() - started) / 1000),
    },
    null,
    2,
  )}\n`,
);
if (explains.length) {
  writeFileSync(path.join(RESULTS, "knowledge-explain.txt"), explains.join("\n"));
  console.log(`\n${explains.length} over goal: EXPLAIN (ANALYZE, BUFFERS) in tests/bench/results/knowledge-explain.txt`);
} else {
  // An explain of an earlier run's miss must not outlive it.
  rmSync(path.join(RESULTS, "knowledge-explain.txt"), { force: true });
}
console.log(`\nResults in tests/bench/results/knowledge.json (${Math.round((performance.now() - started) / 1000)} s in all)`);
await client.$disconnect();
await bench.stop();
