// The knowledge base's benchmark paths at a small size (the full million is `npm run bench`):
// 20 000 generated inputs on top of the demo, then search, facet counts, the next input to
// triage and the report must answer correctly and within generous bounds, so the code the
// benchmark measures keeps working between benchmark runs.
// Database: the demo seed (tests/support/integration-setup.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "@/features/knowledge/report/build-report";
import { countInputs, facetCounts, parseSearchParams, searchInputs } from "@/features/knowledge/search";
import { lemmas } from "@/features/knowledge/text/normalize";
import { nextForTriage } from "@/features/knowledge/triage/queries";
import { db } from "@/lib/db";
import { generateInputs } from "../../scripts/generate-inputs";

const N = 20_000;
let generatedMs = 0;

beforeAll(async () => {
  const result = await generateInputs(process.env.DATABASE_URL!, { count: N, seed: 7, log: () => {} });
  generatedMs = result.ms;
}, 120_000);

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

describe(`${N.toLocaleString("en")} generated inputs`, () => {
  it("are generated quickly, varied, with lemmas, tags, plans and the search vocabulary", async () => {
    console.log(`generated ${N} inputs in ${generatedMs} ms`);
    expect(generatedMs).toBeLessThan(60_000);
    const [s] = await db.$queryRaw<
      { n: number; hidden: number; triaged: number; dups: number; langs: number; channels: number; cats: number; noLemmas: number; districts: number }[]
    >`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE is_hidden)::int AS hidden, count(*) FILTER (WHERE triaged_at IS NOT NULL)::int AS triaged,
             count(*) FILTER (WHERE duplicate_of_id IS NOT NULL)::int AS dups, count(DISTINCT language)::int AS langs,
             count(DISTINCT channel)::int AS channels, count(DISTINCT category)::int AS cats,
             count(*) FILTER (WHERE search_lemmas = '')::int AS "noLemmas", count(DISTINCT district_id)::int AS districts
        FROM input WHERE external_ref IS NULL`;
    expect(s!.n).toBeGreaterThanOrEqual(N);
    expect(s!.hidden / s!.n).toBeGreaterThan(0.03);
    expect(s!.hidden / s!.n).toBeLessThan(0.07);
    expect(s!.triaged / s!.n).toBeGreaterThan(0.6);
    expect(s!.dups).toBeGreaterThan(0);
    expect(s!.langs).toBeGreaterThanOrEqual(5);
    expect(s!.channels).toBe(6);
    expect(s!.cats).toBe(8);
    expect(s!.districts).toBeGreaterThanOrEqual(10);
    expect(s!.noLemmas).toBe(0);
    const tagged = await db.inputTag.count();
    const planned = await db.inputThematicPlan.count();
    expect(tagged).toBeGreaterThan(N * 0.5);
    expect(planned).toBeGreaterThan(N * 0.5);
    // The search_term trigger was off during the load; the vocabulary was filled afterwards,
    // and the trigger is back on for new inputs.
    const terms = await db.searchTerm.count();
    expect(terms).toBeGreaterThan(1000);
    const word = lemmas("sykehjem")[0]!;
    expect(await db.searchTerm.count({ where: { term: word } })).toBe(1);
    const [trigger] = await db.$queryRaw<{ enabled: string }[]>`SELECT tgenabled::text AS enabled FROM pg_trigger WHERE tgname = 'input_search_term_collect'`;
    expect(trigger?.enabled).toBe("O");
  });

  it("search finds inflected and nynorsk words, ranked, a page at a time", async () => {
    for (const q of ["sykehjemmet", "bussene", "heimetenesta"]) {
      const p = parseSearchParams({ q });
      const { value: page, ms } = await timed(() => searchInputs(p));
      expect(page.rows.length, q).toBe(20);
      expect(page.next, q).toBeTruthy();
      expect(page.rows.every((r) => !r.isHidden)).toBe(true);
      const ranks = page.rows.map((r) => r.rank ?? 0);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      expect(ms, q).toBeLessThan(5_000);
      const total = await countInputs(p, page.text);
      expect(total, q).toBeGreaterThan(20);
    }
  });

  it("facet counts add up with and without filters", async () => {
    const all = await timed(() => facetCounts(parseSearchParams({})));
    expect(all.ms).toBeLessThan(5_000);
    const visible = await db.input.count({ where: { isHidden: false } });
    const byChannel = all.value.kanal.reduce((sum, o) => sum + o.count, 0);
    expect(byChannel).toBe(visible);
    const need = all.value.kategori.find((o) => o.value === "NEED")!;
    expect(need.count).toBe(await db.input.count({ where: { isHidden: false, category: "NEED" } }));
    // One filter: the other dimensions count within it; its own dimension still shows every option.
    const filtered = await facetCounts(parseSearchParams({ kategori: "NEED" }));
    expect(filtered.kanal.reduce((sum, o) => sum + o.count, 0)).toBe(need.count);
    expect(filtered.kategori.length).toBeGreaterThan(1);
    const withText = await facetCounts(parseSearchParams({ q: "buss" }));
    const found = await countInputs(parseSearchParams({ q: "buss" }));
    expect(withText.kanal.reduce((sum, o) => sum + o.count, 0)).toBe(found);
  });

  it("the next input to triage is the oldest untriaged visible one, and the walk goes on from it", async () => {
    const { value: first, ms } = await timed(() => nextForTriage());
    expect(ms).toBeLessThan(2_000);
    const oldest = await db.input.findFirst({
      where: { triagedAt: null, isHidden: false },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(first?.id).toBe(oldest?.id);
    const second = await nextForTriage({ after: first! });
    expect(second).not.toBeNull();
    expect(second!.id).not.toBe(first!.id);
    expect(second!.submittedAt.getTime()).toBeGreaterThanOrEqual(first!.submittedAt.getTime());
  });

  it("the report of a thematic plan and of the process count every visible input once", async () => {
    const plan = await db.thematicPlan.findFirstOrThrow({ where: { slug: "aldersvennlig" }, select: { id: true } });
    const { value: report, ms } = await timed(() => buildReport({ thematicPlanSlug: "aldersvennlig" }));
    expect(ms).toBeLessThan(20_000);
    const expected = await db.input.count({ where: { isHidden: false, thematicPlans: { some: { thematicPlanId: plan.id } } } });
    expect(report!.summary.inputs).toBe(expected);
    expect(report!.summary.points).toBeLessThan(expected); // duplicates count with their original
    expect(report!.categories.reduce((sum, c) => sum + c.inputs, 0)).toBe(expected);
    const processReport = await buildReport({ processSlug: "demre" });
    expect(processReport!.summary.inputs).toBe(await db.input.count({ where: { isHidden: false, process: { slug: "demre" } } }));
  }, 60_000);
});
