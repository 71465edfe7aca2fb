// `npm run bench` (or `npx tsx tests/bench/dashboard.bench.ts [--count N] [--rebuild] [--reuse]
// [--samples 30]`): the group leaders' pages at the full bench size (issue #17 §6) — 1 000 000
// inputs, 10 000 activities, 20 000 evaluations, 60 target groups (support/bench-db.ts, filled by
// scripts/generate-inputs.ts and scripts/generate-activities.ts). Times the app's own functions
// (warm-up, then repeated runs, p50/p95): progressDashboard for the DEMRE process, compareMethods
// per process and overall, the case for the council (the model, then .docx and .xlsx), and counts
// the SQL queries each page sends. Goals: dashboard and comparison p95 < 200 ms, .docx/.xlsx
// < 3 s. Anything over its goal gets EXPLAIN (ANALYZE, BUFFERS) of its slowest query in
// tests/bench/results/dashboard-explain.txt; the figures go to tests/bench/results/dashboard.json.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { startBenchDb } from "./support/bench-db";
import { sample, stats, type Stats } from "./support/measure";

// App modules may import "server-only" (a guard for React Server Components): a no-op here.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
  )}`,
);

const RESULTS = path.join(import.meta.dirname, "results");
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const COUNT = Number(flag("count") ?? process.env.BENCH_INPUTS ?? 1_000_000);
const SAMPLES = Math.max(20, Number(flag("samples") ?? 30));
/** `--only dashboard|comparison|case`: time one page's data only (while developing). */
const ONLY = flag("only");
const wanted = (part: string) => !ONLY || ONLY === part;

type Row = Stats & { name: string; goalMs: number | null; pass: boolean | null; queries: number | null };
const rows: Row[] = [];
const explains: string[] = [];

const loadAtStart = os.loadavg();
const bench = await startBenchDb({ count: COUNT, rebuild: argv.includes("--rebuild"), reuse: argv.includes("--reuse") });
process.env.DATABASE_URL = bench.url;
process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdefghijklmnop";

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
  if (!capture) return;
  let params: unknown[] = [];
  try {
    const v = JSON.parse(e.params) as unknown;
    if (Array.isArray(v)) params = v;
  } catch {
    /* not JSON: no params */
  }
  capture.push({ query: e.query, params, duration: e.duration });
});
async function captured(fn: () => Promise<unknown>): Promise<Captured[]> {
  capture = [];
  try {
    await fn();
    return capture;
  } finally {
    capture = null;
  }
}

const { dashboardProcess, progressDashboard } = await import("../../src/features/group-leader/progress-queries");
const { compareMethods, comparisonFilterOptions, sortMethods } = await import("../../src/features/group-leader/methods/comparison-queries");
const { methodFilterSchema } = await import("../../src/features/group-leader/methods/filters");
const { decisionPoints } = await import("../../src/features/group-leader/decisions/queries");
const { councilCase } = await import("../../src/features/group-leader/case/council-case");
const { caseDocx } = await import("../../src/features/group-leader/case/case-docx");
const { caseXlsx } = await import("../../src/features/group-leader/case/case-xlsx");

const process_ = await dashboardProcess("demre");
if (!process_) throw new Error("The bench database has no DEMRE process.");
const shape = await client.$queryRawUnsafe<
  { inputs: number; activities: number; evaluations: number; groups: number; demre_inputs: number; demre_activities: number; demre_groups: number }[]
>(`
  SELECT (SELECT count(*) FROM input)::int AS inputs, (SELECT count(*) FROM activity)::int AS activities,
         (SELECT count(*) FROM method_evaluation)::int AS evaluations, (SELECT count(*) FROM target_group)::int AS groups,
         (SELECT count(*) FROM input WHERE process_id = '${process_.id}')::int AS demre_inputs,
         (SELECT count(*) FROM activity WHERE process_id = '${process_.id}')::int AS demre_activities,
         (SELECT count(*) FROM target_group WHERE process_id = '${process_.id}')::int AS demre_groups`);
console.log(`Bench data: ${JSON.stringify(shape[0])}`);

async function explainSlowest(name: string, run: () => Promise<unknown>) {
  const queries = await captured(run);
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

async function measure(name: string, goalMs: number | null, fn: () => Promise<unknown>, opts: { samples?: number; queries?: boolean } = {}) {
  const queries = opts.queries === false ? null : (await captured(fn)).length;
  const { times } = await sample([0], () => fn(), { warmup: 2, samples: opts.samples ?? SAMPLES, minSamples: 10, budgetMs: 120_000 });
  const s = stats(times);
  const pass = goalMs === null ? null : s.p95 < goalMs;
  rows.push({ name, ...s, goalMs, pass, queries });
  console.log(`  ${name}: p50 ${s.p50} ms, p95 ${s.p95} ms (n=${s.n})${queries === null ? "" : `, ${queries} queries`}${pass === false ? "  OVER GOAL" : ""}`);
  if (pass === false) await explainSlowest(name, fn);
}

const now = new Date();
const all = methodFilterSchema.parse({});
const perProcess = methodFilterSchema.parse({ prosess: "demre" });

console.log("Timing …");
// The pages' own data: the dashboard page is dashboardProcess + progressDashboard + the decision
// points; the comparison page is its filter options + compareMethods.
if (wanted("dashboard"))
  await measure("dashboard page data (dashboardProcess + progressDashboard + decisionPoints)", 200, async () => {
    const p = (await dashboardProcess("demre"))!;
    await Promise.all([progressDashboard(p, now), decisionPoints(p.id)]);
  });
if (wanted("dashboard")) await measure("· progressDashboard alone (DEMRE)", 200, () => progressDashboard(process_, now));
if (wanted("comparison"))
  await measure("method comparison page data, DEMRE (filter options + compareMethods)", 200, async () => {
    const { process } = await comparisonFilterOptions(perProcess.prosess);
    sortMethods(await compareMethods(perProcess, process?.id ?? null, now), "inputsPerHour", "desc");
  });
if (wanted("comparison"))
  await measure("method comparison page data, all processes", 200, async () => {
    await comparisonFilterOptions(all.prosess);
    sortMethods(await compareMethods(all, null, now), "inputsPerHour", "desc");
  });
const build = () => councilCase(process_, { locale: "nb", now, baseUrl: "https://medvirk.example" });
if (wanted("case")) await measure("the case for the council: model (councilCase)", null, build, { samples: 20 });
if (wanted("case")) await measure("the case as .docx (model + Word)", 3000, async () => caseDocx(await build(), "nb"), { samples: 20 });
if (wanted("case")) await measure("the case as .xlsx (model + Excel)", 3000, async () => caseXlsx(await build(), "Om saken"), { samples: 20 });
const c = await build();
const [docx, xlsx] = await Promise.all([caseDocx(c, "nb"), caseXlsx(c, "Om saken")]);

const loadAtEnd = os.loadavg();
console.log("");
console.log(`| measured (ms) | p50 | p95 | goal | queries | |`);
console.log(`| --- | ---: | ---: | ---: | ---: | --- |`);
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.p50} | ${r.p95} | ${r.goalMs === null ? "" : `< ${r.goalMs}`} | ${r.queries ?? ""} | ${r.pass === null ? "" : r.pass ? "ok" : "OVER"} |`,
  );
console.log(
  `\n.docx ${Math.round(docx.length / 1024)} KB, .xlsx ${Math.round(xlsx.length / 1024)} KB; the case's tables: ${c.tables.map((t) => `${t.id} ${t.rows.length}`).join(", ")}`,
);
console.log(
  `Load average (1/5/15 min): start ${loadAtStart.map((x) => x.toFixed(2)).join(" / ")}, end ${loadAtEnd.map((x) => x.toFixed(2)).join(" / ")}; ${os.cpus().length} cores`,
);

mkdirSync(RESULTS, { recursive: true });
writeFileSync(
  path.join(RESULTS, "dashboard.json"),
  `${JSON.stringify({ at: new Date().toISOString(), count: COUNT, shape: shape[0], loadAverage: { start: loadAtStart, end: loadAtEnd }, cores: os.cpus().length, rows }, null, 2)}\n`,
);
const explainFile = path.join(RESULTS, "dashboard-explain.txt");
if (explains.length) writeFileSync(explainFile, explains.join("\n"));
else rmSync(explainFile, { force: true });
await client.$disconnect();
await bench.stop();
process.exit(rows.some((r) => r.pass === false) ? 1 : 0);
