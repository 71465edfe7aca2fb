// Knowledge-base search on a real database: Norwegian quality cases (inflections, æøå and
// folded spelling, typos, nynorsk, English), ranking, facet counts that combine, keyset pages
// without repeats, and hidden inputs only on request. Inputs get their lemmas on arrival, as
// on every real input path.
import { beforeAll, describe, expect, it } from "vitest";
import { arrivalFields } from "@/features/knowledge/arrival";
import { COUNT_CAP, countInputs, facetCounts, parseSearchParams, resolveTextQuery, searchInputs } from "@/features/knowledge/search";
import { FACET_WINDOW } from "@/features/knowledge/search/facet-counts";
import { facetStore } from "@/features/knowledge/search/facet-index/sync";
import { FACET_KEYS, type FacetKey } from "@/features/knowledge/search/params";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { generateReceiptCode } from "@/lib/receipt-code";
import { makeProcess } from "../support/fixtures/processes";

let processId = "";
const district: Record<"konnerud" | "stromso" | "svelvik", string> = { konnerud: "", stromso: "", svelvik: "" };
const topic: Record<"transport" | "ensomhet", string> = { transport: "", ensomhet: "" };
let plan = "";
const ids: Record<string, string> = {};

async function add(key: string, text: string, data: Partial<Prisma.InputUncheckedCreateInput> = {}, topics: string[] = []) {
  const { searchLemmas } = arrivalFields(text);
  const row = await db.input.create({
    data: { processId, text, channel: "FORM", receiptCode: generateReceiptCode(), searchLemmas, ...data },
    select: { id: true },
  });
  for (const tagId of topics) await db.inputTag.create({ data: { inputId: row.id, tagId } });
  ids[key] = row.id;
  return row.id;
}

beforeAll(async () => {
  processId = (await makeProcess({ status: "PUBLISHED" })).id;
  for (const [key, name] of [
    ["konnerud", "Konnerud"],
    ["stromso", "Strømsø"],
    ["svelvik", "Svelvik"],
  ] as const) {
    district[key] = (await db.district.create({ data: { slug: `s-${key}`, name }, select: { id: true } })).id;
  }
  topic.transport = (await db.tag.create({ data: { slug: "s-transport", name: "Transport" }, select: { id: true } })).id;
  topic.ensomhet = (await db.tag.create({ data: { slug: "s-ensomhet", name: "Ensomhet" }, select: { id: true } })).id;
  plan = (await db.thematicPlan.create({ data: { slug: "s-plan", name: "Aldersvennlig" }, select: { id: true } })).id;

  await add(
    "bus",
    "Bussen til Konnerud går for sjelden på kveldstid.",
    { category: "CHALLENGE", districtId: district.konnerud, submittedAt: new Date("2026-03-10T12:00:00Z") },
    [topic.transport],
  );
  await add(
    "buses",
    "Bussene er fulle om morgenen, og bussen stopper ikke ved skolen. Flere busser trengs.",
    { category: "NEED", districtId: district.konnerud, submittedAt: new Date("2026-03-20T12:00:00Z") },
    [topic.transport],
  );
  await add("kindergarten", "Barnehagen i Svelvik har for få plasser; barnehager trengs.", {
    category: "NEED",
    districtId: district.svelvik,
    submittedAt: new Date("2026-04-02T12:00:00Z"),
  });
  await add(
    "nursing",
    "Mor bor på sykehjemmet på Strømsø og føler seg ensom.",
    { category: "CHALLENGE", districtId: district.stromso, language: "nb", submittedAt: new Date("2026-04-15T12:00:00Z") },
    [topic.ensomhet],
  );
  await add(
    "lonely",
    "Mange ensomme eldre på Strømsø trenger en møteplass.",
    { category: "NEED", districtId: district.stromso, submittedAt: new Date("2026-04-20T12:00:00Z") },
    [topic.ensomhet],
  );
  await add(
    "nynorsk",
    "Heimetenesta kjem for seint, og far min på sjukeheimen er einsam.",
    { category: "CHALLENGE", districtId: district.svelvik, language: "nn", channel: "EMAIL", submittedAt: new Date("2026-04-21T12:00:00Z") },
    [topic.ensomhet],
  );
  await add("bokmal", "Hjemmetjenesten har for lite tid hos hver enkelt.", {
    category: "CHALLENGE",
    districtId: district.konnerud,
    submittedAt: new Date("2026-04-22T12:00:00Z"),
  });
  await add("english", "The bus to the nursing home is always late and my father feels lonely.", {
    category: "CHALLENGE",
    districtId: district.stromso,
    language: "en",
    channel: "EMAIL",
    submittedAt: new Date("2026-04-23T12:00:00Z"),
  });
  await add(
    "hidden",
    "Bussen er elendig og sjåføren er en idiot.",
    { isHidden: true, hiddenReason: "ABUSE", districtId: district.konnerud, submittedAt: new Date("2026-04-24T12:00:00Z") },
    [topic.transport],
  );
  await db.inputThematicPlan.create({ data: { inputId: ids.nursing!, thematicPlanId: plan } });
  await db.inputThematicPlan.create({ data: { inputId: ids.lonely!, thematicPlanId: plan } });
});

const search = async (q: string, extra: Record<string, string | string[]> = {}) =>
  (await searchInputs(parseSearchParams({ q, ...extra }))).rows.map((r) => r.id);
const keysOf = (found: string[]) =>
  Object.entries(ids)
    .filter(([, id]) => found.includes(id))
    .map(([k]) => k)
    .sort();

describe("Norwegian search quality", () => {
  it("finds inflections: bussen/bussene, barnehagen/barnehager, sykehjemmet/sykehjem, ensomme/ensom", async () => {
    expect(keysOf(await search("bussene"))).toEqual(["bus", "buses", "english"]);
    expect(keysOf(await search("buss"))).toEqual(["bus", "buses", "english"]);
    expect(keysOf(await search("barnehager"))).toEqual(["kindergarten"]);
    expect(keysOf(await search("sykehjem"))).toEqual(expect.arrayContaining(["nursing", "nynorsk"]));
    expect(keysOf(await search("ensom"))).toEqual(expect.arrayContaining(["nursing", "lonely", "nynorsk"]));
  });

  it("matches with and without æøå", async () => {
    expect(keysOf(await search("stromso"))).toEqual(["lonely", "nursing"]);
    expect(keysOf(await search("Strømsø"))).toEqual(["lonely", "nursing"]);
  });

  it("meets nynorsk and bokmål both ways", async () => {
    expect(keysOf(await search("hjemmetjenesten"))).toEqual(["bokmal", "nynorsk"]);
    expect(keysOf(await search("heimetenesta"))).toEqual(["bokmal", "nynorsk"]);
    expect(keysOf(await search("sjukeheim"))).toEqual(expect.arrayContaining(["nursing", "nynorsk"]));
  });

  it("finds English inputs by English words, and Norwegian ones by their English counterparts", async () => {
    expect(keysOf(await search("late father"))).toEqual(["english"]);
    expect(keysOf(await search("nursing home"))).toEqual(expect.arrayContaining(["english", "nursing", "nynorsk"]));
    expect(keysOf(await search("loneliness"))).toEqual(expect.arrayContaining(["english", "lonely", "nursing"]));
  });

  it("tolerates typos and says which spelling it also searched for", async () => {
    const typo = await searchInputs(parseSearchParams({ q: "sykehjme" }));
    expect(keysOf(typo.rows.map((r) => r.id))).toEqual(expect.arrayContaining(["nursing", "nynorsk"]));
    expect(typo.text?.expansions).toContain("sykehjem");
    expect(keysOf(await search("bussn"))).toEqual(expect.arrayContaining(["bus", "buses"]));
    // A correctly spelt word with enough hits is not widened.
    expect((await resolveTextQuery(parseSearchParams({ q: "bussen" })))?.expansions).toEqual([]);
  });

  it("needs every word (AND) and matches prefixes", async () => {
    expect(keysOf(await search("bussen konnerud"))).toEqual(["bus"]);
    expect(keysOf(await search("barneh"))).toEqual(["kindergarten"]);
  });

  it("ranks inputs with more matches higher", async () => {
    const found = await search("buss");
    expect(found[0]).toBe(ids.buses);
  });

  it("highlights the matching words in the snippet", async () => {
    const page = await searchInputs(parseSearchParams({ q: "sykehjem" }));
    const nynorsk = page.rows.find((r) => r.id === ids.nynorsk)!;
    expect(nynorsk.snippet.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(["sjukeheimen"]);
    expect(nynorsk.snippet.segments.map((s) => s.text).join("")).toBe("Heimetenesta kjem for seint, og far min på sjukeheimen er einsam.");
    expect(nynorsk.topics).toEqual(["Ensomhet"]);
  });
});

describe("hidden inputs", () => {
  it("are left out unless the filter asks for them", async () => {
    expect(keysOf(await search("bussen"))).not.toContain("hidden");
    expect(keysOf(await search("bussen", { synlighet: "skjult" }))).toEqual(["hidden"]);
    expect(keysOf(await search("bussen", { synlighet: "alle" }))).toContain("hidden");
  });
});

describe("facets", () => {
  const option = (opts: { value: string; count: number }[], value: string) => opts.find((o) => o.value === value)?.count ?? 0;

  it("counts every dimension under the text query", async () => {
    const f = await facetCounts(parseSearchParams({ q: "ensom" }));
    // Strømsø: the sykehjem input, "ensomme eldre" and the English "lonely" one.
    expect(option(f.bydel, district.stromso)).toBe(3);
    expect(option(f.bydel, district.svelvik)).toBe(1);
    expect(option(f.kategori, "NEED")).toBe(1);
    expect(option(f.kategori, "CHALLENGE")).toBeGreaterThanOrEqual(2);
    expect(option(f.emne, topic.ensomhet)).toBe(3);
    expect(option(f.plan, plan)).toBe(2);
    expect(option(f.sprak, "nn")).toBe(1);
    expect(option(f.maned, "2026-04")).toBeGreaterThanOrEqual(3);
    expect(f.bydel.find((o) => o.value === district.stromso)?.label).toBe("Strømsø");
  });

  it("combines: other dimensions narrow, a dimension's own choice does not hide its other values", async () => {
    const params = parseSearchParams({ q: "ensom", bydel: district.stromso, kategori: "NEED" });
    expect(keysOf((await searchInputs(params)).rows.map((r) => r.id))).toEqual(["lonely"]);
    expect(await countInputs(params)).toBe(1);
    const f = await facetCounts(params);
    // District counts ignore the district choice but respect the category.
    expect(option(f.bydel, district.stromso)).toBe(1);
    expect(option(f.kategori, "NEED")).toBe(1);
    expect(option(f.kategori, "CHALLENGE")).toBeGreaterThanOrEqual(1);
    expect(option(f.emne, topic.ensomhet)).toBe(1);
    // Two districts at once (OR inside a dimension).
    const two = parseSearchParams({ q: "ensom", bydel: [district.stromso, district.svelvik] });
    expect(await countInputs(two)).toBe(4);
  });

  it("counts topics without any filter, hidden inputs only when asked for", async () => {
    expect(option((await facetCounts(parseSearchParams({}))).emne, topic.transport)).toBe(2);
    expect(option((await facetCounts(parseSearchParams({ synlighet: "alle" }))).emne, topic.transport)).toBe(3);
    expect(option((await facetCounts(parseSearchParams({ synlighet: "skjult" }))).emne, topic.transport)).toBe(1);
    expect(option((await facetCounts(parseSearchParams({}))).kategori, "CHALLENGE")).toBe(5);
  });

  it("filters by topic, plan and month without a text query", async () => {
    expect(keysOf(await search("", { emne: topic.transport }))).toEqual(["bus", "buses"]);
    expect(keysOf(await search("", { plan }))).toEqual(["lonely", "nursing"]);
    expect(keysOf(await search("", { maned: "2026-03" }))).toEqual(["bus", "buses"]);
  });
});

describe("keyset pages", () => {
  it("walks every result once, in rank order, with and without words", async () => {
    const text = "Gatelys på gangveien mangler";
    for (let i = 0; i < 45; i++) await add(`lys${i}`, i % 3 === 0 ? `${text}, gatelys gatelys ${i}` : `${text} ${i}`, { districtId: district.svelvik });
    for (const q of ["gatelys", ""]) {
      const seen: string[] = [];
      let etter: string | undefined;
      let pages = 0;
      do {
        const page = await searchInputs(parseSearchParams({ q, bydel: district.svelvik, ...(etter ? { etter } : {}) }));
        expect(page.rows.length).toBeLessThanOrEqual(20);
        seen.push(...page.rows.map((r) => r.id));
        etter = page.next;
        pages++;
      } while (etter && pages < 10);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(q ? 45 : 47);
      expect(pages).toBe(3);
    }
  });

  it("ignores a forged cursor", async () => {
    const page = await searchInputs(parseSearchParams({ q: "bussen", etter: "not-a-cursor" }));
    expect(page.rows.length).toBeGreaterThan(0);
  });
});

describe("facet index (exact counts for any filters, kept in step with the database)", () => {
  type Choice = Partial<Record<FacetKey, string[]>>;
  const VALUE: Record<FacetKey, string> = {
    kategori: "i.category::text",
    kanal: "i.channel::text",
    sprak: "i.language::text",
    bydel: "i.district_id::text",
    malgruppe: "i.target_group_id::text",
    fase: "i.phase_id::text",
    aktivitet: "i.activity_id::text",
    maned: "facet_month(i.submitted_at)",
    emne: "l.tag_id::text",
    plan: "l.thematic_plan_id::text",
  };
  const FROM: Partial<Record<FacetKey, string>> = { emne: "JOIN input_tag l ON l.input_id = i.id", plan: "JOIN input_thematic_plan l ON l.input_id = i.id" };
  const condition = (k: FacetKey, values: string[]) => {
    const list = values.map((v) => `'${v}'`).join(", ");
    if (k === "emne") return `EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id AND t.tag_id::text IN (${list}))`;
    if (k === "plan") return `EXISTS (SELECT 1 FROM input_thematic_plan t WHERE t.input_id = i.id AND t.thematic_plan_id::text IN (${list}))`;
    return `${VALUE[k]} IN (${list})`;
  };
  // The oracle: each dimension counted by a GROUP BY over the inputs that meet the OTHER choices.
  async function oracle(choice: Choice): Promise<Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, number>> = {};
    for (const k of FACET_KEYS) {
      const where = [
        "NOT i.is_hidden",
        ...Object.entries(choice)
          .filter(([d]) => d !== k)
          .map(([d, v]) => condition(d as FacetKey, v!)),
      ];
      const rows = await db.$queryRawUnsafe<{ v: string | null; n: number }[]>(
        `SELECT ${VALUE[k]} AS v, count(*)::int AS n FROM input i ${FROM[k] ?? ""} WHERE ${where.join(" AND ")} GROUP BY 1`,
      );
      out[k] = Object.fromEntries(rows.filter((r) => r.v !== null).map((r) => [r.v, r.n]));
    }
    return out;
  }
  async function counted(choice: Choice) {
    const f = await facetCounts(parseSearchParams(choice));
    return Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries(f[k].filter((o) => o.count > 0).map((o) => [o.value, o.count]))])) as Record<
      FacetKey,
      Record<string, number>
    >;
  }
  const choices = (): Choice[] => [
    {},
    { kategori: ["NEED"] },
    { bydel: [district.stromso, district.konnerud] },
    { emne: [topic.ensomhet] },
    { emne: [topic.transport, topic.ensomhet] }, // an input with both counts once
    { emne: [topic.ensomhet], plan: [plan] },
    { kategori: ["CHALLENGE"], bydel: [district.stromso], maned: ["2026-04"] },
  ];
  const expectExact = async () => {
    for (const c of choices()) expect(await counted(c), JSON.stringify(c)).toEqual(await oracle(c));
  };

  it("equals a GROUP BY of the inputs after inserts, updates, hiding, tag and plan changes and deletes", async () => {
    await expectExact();
    const a = await add("fi-a", "Gangfeltet ved skolen er farlig.", { category: "NEED", districtId: district.stromso }, [topic.transport, topic.ensomhet]);
    const b = await add("fi-b", "Turstien er gjengrodd.", { channel: "PHONE", language: "nn", submittedAt: new Date("2026-02-28T23:30:00Z") });
    await db.inputThematicPlan.create({ data: { inputId: a, thematicPlanId: plan } });
    await db.inputTag.create({ data: { inputId: b, tagId: topic.ensomhet } });
    await expectExact();
    await db.input.update({ where: { id: a }, data: { category: "CHALLENGE", submittedAt: new Date("2026-04-05T10:00:00Z") } });
    await db.input.update({ where: { id: b }, data: { isHidden: true, hiddenReason: "ABUSE" } });
    await db.inputTag.update({ where: { inputId_tagId: { inputId: a, tagId: topic.transport } }, data: { tagId: topic.ensomhet } }).catch(async () => {
      // a already has ensomhet: a merge moves what it can and drops the rest
      await db.inputTag.delete({ where: { inputId_tagId: { inputId: a, tagId: topic.transport } } });
    });
    await db.inputThematicPlan.deleteMany({ where: { inputId: a } });
    await expectExact();
    await db.input.delete({ where: { id: b } }); // its links go by cascade
    await db.input.delete({ where: { id: a } });
    await expectExact();
  });

  it("sees a write that commits after a refresh began (another instance's, or a slow transaction)", async () => {
    const before = (await counted({ kanal: ["PAPER"] })).kanal.PAPER ?? 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const slow = db.$transaction(
      async (tx) => {
        await tx.input.create({ data: { processId, text: "Sen skriving.", channel: "PAPER", receiptCode: generateReceiptCode() } });
        inserted();
        await held; // not committed while the index refreshes
      },
      { timeout: 20_000 },
    );
    await didInsert;
    // A later transaction commits first, so the slow one is below the snapshot's xmax but not visible.
    const other = await add("fi-other", "Rask skriving.", { channel: "PAPER" });
    expect((await counted({})).kanal.PAPER ?? 0).toBe(before + 1); // the slow one is not visible yet
    release();
    await slow;
    expect((await counted({})).kanal.PAPER).toBe(before + 2);
    await db.input.delete({ where: { id: other } });
  });

  it("a search while the index is still loading (cold start: ~11 s at a million inputs) waits for the load, then counts exactly, writes made meanwhile included", async () => {
    await counted({});
    // As at server start: nothing loaded, so the next use reads every input.
    const holder = (globalThis as { medvirkFacetIndex?: { synced: unknown; running: unknown } }).medvirkFacetIndex!;
    expect(holder.running).toBeNull();
    holder.synced = null;
    const loading = facetStore(); // the start-up warm-up (instrumentation.ts)
    expect(holder.running).not.toBeNull();
    const during = await add("fi-cold", "Skrevet mens indeksen lastes.", { channel: "PAPER", category: "HOPE" });
    const [seen] = await Promise.all([counted({}), counted({ kategori: ["HOPE"] }), loading]);
    expect(seen).toEqual(await oracle({}));
    expect(await counted({ kategori: ["HOPE"] })).toEqual(await oracle({ kategori: ["HOPE"] }));
    await db.input.delete({ where: { id: during } });
    expect(await counted({})).toEqual(await oracle({}));
  });

  it("reloads after a bulk load without triggers (input_seq 0) and after its change rows were pruned", async () => {
    await counted({}); // loaded
    await db.$executeRaw`ALTER TABLE input DISABLE TRIGGER input_facet_change`;
    // Bulk 1 is 0.6 s before March in Oslo: the full load must not round it into March.
    await db.$executeRaw`INSERT INTO input (process_id, text, channel, receipt_code, submitted_at, updated_at)
      SELECT ${processId}::uuid, 'Bulk ' || g, 'OTHER', 'K' || lpad(g::text, 9, '0'),
             CASE WHEN g = 1 THEN timestamptz '2026-02-28T22:59:59.6Z' ELSE now() END, now() FROM generate_series(1, 30) g`;
    await db.$executeRaw`ALTER TABLE input ENABLE TRIGGER input_facet_change`;
    expect((await counted({})).kanal.OTHER ?? 0).toBe(0); // nothing told the index yet
    await db.$executeRaw`INSERT INTO facet_change (input_seq) VALUES (0)`;
    expect((await counted({})).kanal.OTHER).toBe(30);
    expect((await counted({})).maned).toEqual((await oracle({})).maned);
    // A change whose row was pruned before this instance read it: pruned_below forces a reload.
    await db.$executeRaw`UPDATE input SET channel = 'EMAIL' WHERE text = 'Bulk 1'`;
    await db.$executeRaw`DELETE FROM facet_change`;
    await db.$executeRaw`UPDATE facet_prune SET pruned_below = (pg_current_xact_id()::text::bigint + 1)`;
    expect((await counted({})).kanal.OTHER).toBe(29);
    await db.$executeRaw`DELETE FROM input WHERE text LIKE 'Bulk %'`;
  });
});

describe("counts beyond the cap", () => {
  it("counts exactly up to COUNT_CAP and says 'more' beyond it", async () => {
    const tiny = await countInputs(parseSearchParams({ q: "ensom" }));
    expect(tiny).toBeGreaterThanOrEqual(3);
    const { searchLemmas } = arrivalFields("Lekeplassen trenger nye husker.");
    // One INSERT … SELECT, through the same triggers: 10 005 rows as bind parameters cost seconds more.
    await db.$executeRaw`
      INSERT INTO input (process_id, text, channel, receipt_code, search_lemmas, updated_at)
      SELECT ${processId}::uuid, 'Lekeplassen trenger nye husker.', 'FORM', 'CAP' || lpad(i::text, 7, '0'), ${searchLemmas}, now()
        FROM generate_series(1, ${COUNT_CAP + 5}) AS i`;
    expect(await countInputs(parseSearchParams({ q: "lekeplassen" }))).toBe(COUNT_CAP + 1);
    // The ranked page still comes, newest candidates first.
    expect((await searchInputs(parseSearchParams({ q: "lekeplassen husker" }))).rows).toHaveLength(20);
    // Facets count the newest FACET_WINDOW matches and say so; fewer matches are counted exactly.
    const many = await facetCounts(parseSearchParams({ q: "lekeplassen" }));
    expect(many.newestOnly).toBe(FACET_WINDOW);
    expect(many.kanal.find((o) => o.value === "FORM")?.count).toBe(FACET_WINDOW);
    expect((await facetCounts(parseSearchParams({ q: "ensom" }))).newestOnly).toBeNull();
  }, 120_000); // ten thousand inserts through the triggers
});
