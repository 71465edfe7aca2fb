// The triage queue's counts (untriaged, held for review, total under the queue's filter) come
// from the in-memory facet index (knowledge/triage/queue-counts.ts) instead of a scan of every
// visible input per view (issue #20: 2 s a call at a million inputs). They must stay exactly what
// the SQL definition (sqlTriageCounts) answers for every filter the queue offers — process,
// «kategori» missing/set, «emne» missing, channel, and each combination — also after triage, hold,
// release, hide, show, delete, a move to another process and topic and category changes; and
// they send no counting SQL of their own.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { countTriage } from "@/features/knowledge/search/facet-index/count-triage";
import { facetStore } from "@/features/knowledge/search/facet-index/sync";
import { parseTriageFilter, type TriageFilter } from "@/features/knowledge/triage/filters";
import { sqlTriageCounts } from "@/features/knowledge/triage/queries";
import { triageCounts } from "@/features/knowledge/triage/queue-counts";
import { PrismaClient } from "@/generated/prisma/client";
import { makeInput } from "../support/fixtures/inbox";
import { makeProcess } from "../support/fixtures/processes";

const sent: string[] = [];
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
  omit: { user: { passwordHash: true } },
});
db.$on("query", (e) => void sent.push(e.query));
(globalThis as { medvirkDb?: unknown }).medvirkDb = db;

const d = {} as Record<"p" | "q" | "tag" | "i1" | "i2" | "i3" | "i4" | "i5" | "i6", string>;
const triaged = new Date("2026-03-12T10:00:00Z");
beforeAll(async () => {
  d.p = (await makeProcess({ status: "PUBLISHED" })).id;
  d.q = (await makeProcess({ status: "PUBLISHED" })).id;
  d.tag = (await db.tag.create({ data: { slug: `t-${d.p.slice(0, 8)}`, name: `Benker ${d.p.slice(0, 8)}` }, select: { id: true } })).id;
  d.i1 = (await makeInput({ processId: d.p })).id; // untriaged, no category, no topic
  d.i2 = (await makeInput({ processId: d.p, category: "NEED", channel: "EMAIL", heldForReview: true })).id;
  d.i3 = (await makeInput({ processId: d.p, category: "HOPE", triagedAt: triaged })).id;
  d.i4 = (await makeInput({ processId: d.p, isHidden: true, hiddenReason: "SPAM", heldForReview: true })).id;
  d.i5 = (await makeInput({ processId: d.q, channel: "PAPER", triagedAt: triaged, heldForReview: true })).id;
  d.i6 = (await makeInput({ processId: d.q, category: "CHALLENGE" })).id;
  await db.inputTag.createMany({ data: [d.i2, d.i3].map((inputId) => ({ inputId, tagId: d.tag })) });
  await facetStore(); // loaded, so the page's counts come from the index (not the cold-start SQL)
});

/** Every filter the queue offers, and every combination of them. */
function filters(): TriageFilter[] {
  const out: TriageFilter[] = [];
  for (const prosess of [undefined, d.p, d.q, "00000000-0000-4000-8000-000000000000"])
    for (const kategori of [undefined, "mangler", "satt"])
      for (const emne of [undefined, "mangler"])
        for (const kanal of [undefined, "FORM", "EMAIL", "PAPER", "PHONE"]) {
          const raw = Object.fromEntries(Object.entries({ prosess, kategori, emne, kanal }).filter(([, v]) => v !== undefined)) as Record<string, string>;
          out.push(parseTriageFilter(raw));
        }
  return out;
}

async function expectExact() {
  const store = await facetStore();
  for (const f of filters()) {
    const sql = await sqlTriageCounts(f);
    expect(countTriage(store, f), JSON.stringify(f)).toEqual(sql);
    expect(await triageCounts(f), JSON.stringify(f)).toEqual(sql);
  }
}

describe("the triage queue's counts from the facet index", () => {
  it("equal the SQL counts for every filter the queue offers", async () => {
    await expectExact();
    expect(await triageCounts(parseTriageFilter({ prosess: d.p }))).toEqual({ untriaged: 2, held: 1, total: 3 });
    expect(await triageCounts(parseTriageFilter({ prosess: d.p, emne: "mangler" }))).toEqual({ untriaged: 1, held: 0, total: 1 });
    expect(await triageCounts(parseTriageFilter({ prosess: d.q, kategori: "mangler" }))).toEqual({ untriaged: 0, held: 1, total: 1 });
  });

  it("stay exact after triage, hold, release, hide, show, a move, topics, category, channel and delete", async () => {
    const p = parseTriageFilter({ prosess: d.p });
    await db.input.update({ where: { id: d.i1 }, data: { triagedAt: new Date() } }); // triage
    await expectExact();
    expect(await triageCounts(p)).toEqual({ untriaged: 1, held: 1, total: 3 });
    await db.input.update({ where: { id: d.i1 }, data: { heldForReview: true } }); // hold
    await db.input.update({ where: { id: d.i2 }, data: { heldForReview: false } }); // release
    await expectExact();
    expect(await triageCounts(p)).toEqual({ untriaged: 1, held: 1, total: 3 });
    await db.input.update({ where: { id: d.i3 }, data: { isHidden: true, hiddenReason: "ABUSE" } }); // hide
    await db.input.update({ where: { id: d.i4 }, data: { isHidden: false } }); // show
    await db.input.update({ where: { id: d.i6 }, data: { processId: d.p } }); // move
    await expectExact();
    expect(await triageCounts(p)).toEqual({ untriaged: 3, held: 2, total: 4 });
    await db.inputTag.create({ data: { inputId: d.i1, tagId: d.tag } });
    await db.inputTag.delete({ where: { inputId_tagId: { inputId: d.i2, tagId: d.tag } } });
    await db.input.update({ where: { id: d.i1 }, data: { category: "NEED", channel: "PHONE" } });
    await db.input.update({ where: { id: d.i2 }, data: { category: null } });
    await db.input.update({ where: { id: d.i5 }, data: { triagedAt: null } }); // back in the queue
    await expectExact();
    await db.input.delete({ where: { id: d.i4 } });
    await expectExact();
    expect(await triageCounts(p)).toEqual({ untriaged: 2, held: 1, total: 3 });
  });

  it("send no counting SQL: one look at what changed since the last refresh", async () => {
    await triageCounts(parseTriageFilter({}));
    sent.length = 0;
    await triageCounts(parseTriageFilter({ prosess: d.p, kategori: "mangler", emne: "mangler", kanal: "FORM" }));
    await triageCounts(parseTriageFilter({}));
    expect(sent.filter((q) => /count\(|group by/i.test(q) && /"input"|\binput\b/.test(q))).toEqual([]);
    // Each call looks once at facet_change; other test files writing inputs meanwhile add a read of those rows by seq.
    const looks = sent.filter((q) => /pg_current_snapshot/.test(q));
    expect(looks.length).toBeLessThanOrEqual(2);
    expect(sent.filter((q) => !looks.includes(q) && !/i\.seq = ANY/.test(q))).toEqual([]);
  });
});
