// Cold start (issue #20): the facet index's full load takes 13.6 s at a million inputs per app
// instance. Pages that take their counts from it — the inbox, the admin dashboard, search facets
// and the triage queue — must not wait for it: while it loads they answer from SQL, exactly,
// and once it is loaded from the index (no counting SQL). The full load is held here by a gate
// in front of the real loader, so "does not wait" is a fact, not a timing; a reload asked for by
// facet_change (input_seq 0) is held the same way. Writes made while the index loads are in its
// counts afterwards (read-your-writes, sync.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sqlInputFigures } from "@/features/dashboard/queries";
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import { countInbox, inboxFacets } from "@/features/inputs/inbox/queries";
import { facetCounts } from "@/features/knowledge/search/facet-counts";
import { facetStore, fromIndexOrSql } from "@/features/knowledge/search/facet-index/sync";
import { inboxCounts, inputFigures } from "@/features/knowledge/search/inbox-counts";
import { parseSearchParams } from "@/features/knowledge/search/params";
import { parseTriageFilter } from "@/features/knowledge/triage/filters";
import { sqlTriageCounts } from "@/features/knowledge/triage/queries";
import { triageCounts } from "@/features/knowledge/triage/queue-counts";
import { PrismaClient } from "@/generated/prisma/client";
import { makeInput } from "../support/fixtures/inbox";
import { makeProcess } from "../support/fixtures/processes";

// The gate: every full load waits for `gate.open()` before the real loader runs.
const gate = vi.hoisted(() => {
  let release = () => {};
  const g = {
    loads: 0,
    opened: Promise.resolve(),
    close: () => void (g.opened = new Promise<void>((r) => (release = r))),
    open: () => release(),
  };
  return g;
});
vi.mock("@/features/knowledge/search/facet-index/load-all", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/features/knowledge/search/facet-index/load-all")>();
  return {
    ...real,
    loadAllInto: async (store: Parameters<typeof real.loadAllInto>[0]) => {
      gate.loads++;
      await gate.opened;
      return real.loadAllInto(store);
    },
  };
});

const sent: string[] = [];
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
  omit: { user: { passwordHash: true } },
});
db.$on("query", (e) => void sent.push(e.query));
(globalThis as { medvirkDb?: unknown }).medvirkDb = db;

const d = {} as Record<"p" | "q" | "tag", string>;
beforeAll(async () => {
  d.p = (await makeProcess({ status: "PUBLISHED" })).id;
  d.q = (await makeProcess({ status: "PUBLISHED" })).id;
  d.tag = (await db.tag.create({ data: { slug: `t-${d.p.slice(0, 8)}`, name: `Benker ${d.p.slice(0, 8)}` }, select: { id: true } })).id;
  const a = await makeInput({ processId: d.p, category: "NEED", heldForReview: true });
  await makeInput({ processId: d.p, category: "HOPE", channel: "EMAIL", status: "READ", triagedAt: new Date() });
  await makeInput({ processId: d.q, language: "en", isHidden: true, hiddenReason: "SPAM" });
  await makeInput({ processId: d.q, submittedAt: new Date("2026-03-10T23:30:00Z") });
  await db.inputTag.create({ data: { inputId: a.id, tagId: d.tag } });
});

const inbox = () => [parseInboxFilter({}), parseInboxFilter({ prosess: d.p }), parseInboxFilter({ synlighet: "alle", kategori: "NEED" })];
const triage = () => [parseTriageFilter({}), parseTriageFilter({ prosess: d.q }), parseTriageFilter({ kategori: "satt", emne: "mangler" })];
const searches = () => [
  parseSearchParams({}),
  parseSearchParams({ kategori: ["NEED", "HOPE"], synlighet: "alle" }),
  parseSearchParams({ emne: d.tag, fase: [] }),
  parseSearchParams({ maned: "2026-03", synlighet: "alle" }),
  parseSearchParams({ q: "benker elva" }),
];

/** What every page's counts are now, through the pages' own functions. */
async function pageCounts() {
  return {
    inbox: await Promise.all(inbox().map((f) => inboxCounts(f))),
    figures: await inputFigures(),
    triage: await Promise.all(triage().map((f) => triageCounts(f))),
    search: await Promise.all(searches().map((p) => facetCounts(p))),
  };
}
/** The SQL definitions of the same counts (search: the same page output, whose SQL is sqlFacetCounts). */
async function sqlCounts() {
  return {
    inbox: await Promise.all(inbox().map(async (f) => ({ total: await countInbox(f), facets: await inboxFacets(f) }))),
    figures: await sqlInputFigures(),
    triage: await Promise.all(triage().map((f) => sqlTriageCounts(f))),
  };
}
const counting = () => sent.filter((q) => /count\(|group by/i.test(q) && /"input"|\binput\b/.test(q));
/** Rejects if `p` is not settled within `ms` (a call that waits for the held load never is). */
const within = <T>(p: Promise<T>, ms = 5_000) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`waited more than ${ms} ms`)), ms))]);

describe("pages during the facet index's full load", () => {
  it("answer from SQL at once while the index loads, exactly, and from the index once it has", async () => {
    gate.close();
    sent.length = 0;
    const during = await within(pageCounts());
    expect(gate.loads).toBe(1); // the first call started the load (once), nobody waited for it
    const sql = await sqlCounts();
    expect({ inbox: during.inbox, figures: during.figures, triage: during.triage }).toEqual(sql);
    expect(counting().length).toBeGreaterThan(0); // answered by SQL
    expect(during.triage[0]).toEqual({ untriaged: 2, held: 1, total: 3 });

    // A write while the index loads is in its counts once it has loaded.
    await makeInput({ processId: d.p, category: "NEED" });
    const during2 = await within(pageCounts());
    expect(during2.triage[0]).toEqual({ untriaged: 3, held: 1, total: 4 });

    gate.open();
    await facetStore();
    sent.length = 0;
    const after = await pageCounts();
    expect(counting()).toEqual([]); // from the index
    expect(gate.loads).toBe(1);
    expect(after).toEqual({ ...(await sqlCounts()), search: during2.search });
    expect(after.triage[0]).toEqual({ untriaged: 3, held: 1, total: 4 });
  });

  it("answer from SQL while a reload asked for by facet_change (input_seq 0) runs, then from the new index", async () => {
    gate.close();
    await db.$executeRaw`INSERT INTO facet_change (input_seq) VALUES (0)`;
    await makeInput({ processId: d.q, heldForReview: true });
    sent.length = 0;
    const during = await within(pageCounts());
    expect(gate.loads).toBe(2);
    expect(counting().length).toBeGreaterThan(0);
    const sql = await sqlCounts();
    expect({ inbox: during.inbox, figures: during.figures, triage: during.triage }).toEqual(sql);
    expect(during.triage[0]).toEqual({ untriaged: 4, held: 2, total: 5 });
    gate.open();
    await facetStore();
    sent.length = 0;
    const after = await pageCounts();
    expect(counting()).toEqual([]);
    expect(after).toEqual({ ...sql, search: during.search });
  });

  it("take turns with their SQL, one at a time, and one whose turn comes after the load answers from the index", async () => {
    gate.close();
    await db.$executeRaw`INSERT INTO facet_change (input_seq) VALUES (0)`;
    await within(inboxCounts(parseInboxFilter({}))); // sees the reload asked for, starts it (held)
    const started: string[] = [];
    let finishFirst = () => {};
    const first = fromIndexOrSql(
      () => "index",
      async () => {
        started.push("first");
        await new Promise<void>((r) => (finishFirst = r));
        return "sql";
      },
    );
    const second = fromIndexOrSql(
      () => "index",
      async () => {
        started.push("second");
        return "sql";
      },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(started).toEqual(["first"]); // the second waits for its turn, not for the load
    gate.open();
    await facetStore();
    finishFirst();
    expect(await first).toBe("sql");
    expect(await second).toBe("index"); // its turn came after the load: no SQL
    expect(started).toEqual(["first"]);
  });
});
