// `npx tsx tests/bench/facet-counts.bench.ts [--reuse] [--samples 5]`: issue #20's staff counts in
// one process on the bench database (support/bench-db.ts, 1 000 000 inputs), so SQL and the
// in-memory facet index are timed side by side on the same machine at the same load. First the
// cold start: with no index loaded, each page's counts (inbox, admin dashboard, triage queue,
// search facets) are asked for while the full load runs, and answer from SQL without waiting
// for it (facet-index/sync.ts loadedFacetStore); then the full load's time; then each count from
// SQL and from the index, with the totals compared. Figures go to tests/bench/results/facet-counts.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { startBenchDb } from "./support/bench-db";
import { stats } from "./support/measure";

// App modules may import "server-only" (a guard for React Server Components): a no-op here.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
  )}`,
);

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SAMPLES = Math.max(2, Number(flag("samples") ?? 5));
const say = (s: string) => console.log(s);
const loadAtStart = os.loadavg();
const bench = await startBenchDb({ count: Number(process.env.BENCH_INPUTS ?? 1_000_000), rebuild: false, reuse: argv.includes("--reuse") });
process.env.DATABASE_URL = bench.url;

const { db } = await import("../../src/lib/db");
const { sqlInputFigures } = await import("../../src/features/dashboard/queries");
const { parseInboxFilter } = await import("../../src/features/inputs/inbox/filters");
const { countInbox, inboxFacets } = await import("../../src/features/inputs/inbox/queries");
const { countInbox: indexInbox } = await import("../../src/features/knowledge/search/facet-index/count-inbox");
const { countTriage } = await import("../../src/features/knowledge/search/facet-index/count-triage");
const { facetStore } = await import("../../src/features/knowledge/search/facet-index/sync");
const { facetCounts } = await import("../../src/features/knowledge/search/facet-counts");
const { inboxCounts, inputFigures } = await import("../../src/features/knowledge/search/inbox-counts");
const { parseSearchParams } = await import("../../src/features/knowledge/search/params");
const { parseTriageFilter } = await import("../../src/features/knowledge/triage/filters");
const { sqlTriageCounts } = await import("../../src/features/knowledge/triage/queries");
const { triageCounts } = await import("../../src/features/knowledge/triage/queue-counts");

const demre = (await db.process.findFirstOrThrow({ where: { slug: "demre" }, select: { id: true } })).id;
const time = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now();
  const v = await fn();
  return [Math.round(performance.now() - t0), v];
};
const rows: Record<string, unknown>[] = [];
try {
  // Cold start: nothing loaded; the first call starts the load, and each answers from SQL meanwhile.
  const loadStarted = performance.now();
  const cold: [string, () => Promise<unknown>][] = [
    ["inbox counts, no filter", () => inboxCounts(parseInboxFilter({}))],
    ["admin dashboard figures", () => inputFigures()],
    ["triage counts, no filter", () => triageCounts(parseTriageFilter({}))],
    ["search facets «buss»", () => facetCounts(parseSearchParams({ q: "buss" }))],
  ];
  for (const [name, fn] of cold) {
    const [ms] = await time(fn);
    rows.push({ what: `while the index loads: ${name}`, ms });
  }
  await facetStore();
  rows.push({ what: "the full load (from the first call)", ms: Math.round(performance.now() - loadStarted) });

  const store = await facetStore();
  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["triage counts, no filter", () => sqlTriageCounts(parseTriageFilter({})), async () => countTriage(await facetStore(), parseTriageFilter({}))],
    [
      "triage counts, DEMRE + kategori=mangler",
      () => sqlTriageCounts(parseTriageFilter({ prosess: demre, kategori: "mangler" })),
      async () => countTriage(await facetStore(), parseTriageFilter({ prosess: demre, kategori: "mangler" })),
    ],
    [
      "inbox counts, no filter",
      async () => ({ total: await countInbox(parseInboxFilter({})), facets: await inboxFacets(parseInboxFilter({})) }),
      async () => indexInbox(await facetStore(), parseInboxFilter({})),
    ],
    ["admin dashboard figures", () => sqlInputFigures(), () => inputFigures()],
  ];
  for (const [name, sql, index] of cases) {
    const sqlTimes: number[] = [];
    const indexTimes: number[] = [];
    let a: unknown;
    let b: unknown;
    for (let i = 0; i < Math.max(2, Math.ceil(SAMPLES / 2)); i++) [sqlTimes[i], a] = await time(sql);
    for (let i = 0; i < SAMPLES; i++) [indexTimes[i], b] = await time(index);
    rows.push({ what: name, sqlMs: sqlTimes.join(", "), indexMs: indexTimes.join(", "), equal: isDeepStrictEqual(a, b), index: stats(indexTimes) });
  }
  void store;
  say(`\nFacet counts at ${(await db.input.count()).toLocaleString("en")} inputs, one process, ${os.cpus().length} cores`);
  console.table(rows.map(({ index, ...r }) => (void index, r)));
  say(
    `Load average (1/5/15 min): start ${loadAtStart.map((x) => x.toFixed(2)).join(" / ")}, end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")}`,
  );
  const results = path.join(import.meta.dirname, "results");
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, "facet-counts.json"), JSON.stringify({ at: new Date().toISOString(), loadAtStart, loadAtEnd: os.loadavg(), rows }, null, 2));
} finally {
  await db.$disconnect();
  await bench.stop();
}
