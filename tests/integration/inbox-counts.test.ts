// The staff inbox's counts come from the in-memory facet index (knowledge/search/inbox-counts.ts)
// instead of a count and up to eight GROUP BYs over every input per page view (issue #20, staff
// pages at a million inputs). They must stay exactly what that SQL answers — the result count and
// each dimension's per-value counts under the rest of the filter, Oslo days for fra/til, hidden
// inputs only on request — also after a status change, a move to another process, hiding and
// deleting; and they send no counting SQL of their own. The admin dashboard's input figures come
// from the same index and must equal their SQL definition too.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { sqlInputFigures } from "@/features/dashboard/queries";
import { parseInboxFilter, type InboxFilter } from "@/features/inputs/inbox/filters";
import { countInbox, inboxFacets } from "@/features/inputs/inbox/queries";
import { facetStore } from "@/features/knowledge/search/facet-index/sync";
import { inboxCounts, inputFigures } from "@/features/knowledge/search/inbox-counts";
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

const d = {} as Record<"p" | "q" | "ph1" | "ph2" | "a1" | "i1" | "i2" | "i3" | "i4" | "i5", string>;
beforeAll(async () => {
  const p = await makeProcess({ status: "PUBLISHED" });
  d.p = p.id;
  d.q = (await makeProcess({ status: "PUBLISHED" })).id;
  d.ph1 = p.phases[0]!.id;
  d.ph2 = (await db.phase.create({ data: { processId: p.id, position: 2, kind: "IDEAS", title: "Idéer" }, select: { id: true } })).id;
  const method = (
    await db.method.create({
      data: { slug: `m-${d.p.slice(0, 8)}`, name: `Kafé ${d.p.slice(0, 8)}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "LOW", channel: "PHYSICAL" },
      select: { id: true },
    })
  ).id;
  d.a1 = (
    await db.activity.create({
      data: {
        processId: p.id,
        methodId: method,
        title: "Dialogkafé",
        startsAt: new Date("2026-03-12T09:00:00Z"),
        endsAt: new Date("2026-03-12T11:00:00Z"),
        place: "Biblioteket",
      },
      select: { id: true },
    })
  ).id;
  const at = (iso: string) => new Date(iso);
  // 23:30 in Oslo on 10 March (22:30 UTC) and 00:30 on 11 March (23:30 UTC): Oslo days, not UTC days.
  d.i1 = (await makeInput({ processId: p.id, phaseId: d.ph1, category: "CHALLENGE", submittedAt: at("2026-03-10T22:30:00Z") })).id;
  d.i2 = (
    await makeInput({
      processId: p.id,
      phaseId: d.ph2,
      activityId: d.a1,
      category: "HOPE",
      channel: "EMAIL",
      language: "en",
      status: "READ",
      submittedAt: at("2026-03-10T23:30:00Z"),
    })
  ).id;
  d.i3 = (
    await makeInput({
      processId: p.id,
      phaseId: d.ph1,
      activityId: d.a1,
      category: "CHALLENGE",
      channel: "ACTIVITY",
      language: "pl",
      status: "USED",
      submittedAt: at("2026-03-12T10:00:00Z"),
    })
  ).id;
  d.i4 = (
    await makeInput({ processId: p.id, category: "NEED", status: "NOT_USED", isHidden: true, hiddenReason: "SPAM", submittedAt: at("2026-03-09T12:00:00Z") })
  ).id;
  d.i5 = (await makeInput({ processId: d.q, submittedAt: at("2026-03-11T08:00:00Z") })).id; // no category, phase or activity
  await facetStore(); // loaded, so the counts below come from the index (not the cold-start SQL, facet-cold-start.test.ts)
});

const filters = (): InboxFilter[] =>
  [
    {},
    { synlighet: "alle" },
    { synlighet: "skjult" },
    { prosess: d.p },
    { prosess: d.p, fase: d.ph1 },
    { prosess: d.p, aktivitet: d.a1, sprak: "pl" },
    { prosess: d.p, synlighet: "alle", kategori: "NEED" },
    { kategori: "CHALLENGE", status: "USED" },
    { kanal: "EMAIL", synlighet: "alle" },
    { status: "READ" },
    { fra: "2026-03-11", til: "2026-03-11" },
    { prosess: d.p, fra: "2026-03-10", til: "2026-03-10", synlighet: "alle" },
    { til: "2026-03-10" },
    { prosess: "00000000-0000-4000-8000-000000000000" },
  ].map((raw) => parseInboxFilter(raw as Record<string, string>));

async function expectExact() {
  for (const f of filters()) {
    const [counts, total, facets] = await Promise.all([inboxCounts(f), countInbox(f), inboxFacets(f)]);
    expect(counts, JSON.stringify(f)).toEqual({ total, facets });
  }
  // The admin dashboard's figures (all inputs, per process, unread per process) likewise.
  expect(await inputFigures()).toEqual(await sqlInputFigures());
}

describe("the inbox's counts from the facet index", () => {
  it("equal the inbox's SQL counts for every kind of filter", async () => {
    await expectExact();
    const mine = await inboxCounts(parseInboxFilter({ prosess: d.p }));
    expect(mine.total).toBe(3);
    expect(mine.facets.status).toEqual({ RECEIVED: 1, READ: 1, USED: 1 });
    expect(mine.facets.synlighet).toEqual({ synlige: 3, skjult: 1, alle: 4 });
    // 00:30 on 11 March in Oslo is the 11th, not the 10th.
    expect((await inboxCounts(parseInboxFilter({ prosess: d.p, fra: "2026-03-10", til: "2026-03-10" }))).total).toBe(1);
  });

  it("stay exact after a status change, a move to another process, hiding, showing and deleting", async () => {
    await db.input.update({ where: { id: d.i1 }, data: { status: "USED" } });
    await db.input.update({ where: { id: d.i2 }, data: { processId: d.q, phaseId: null, activityId: null } });
    await db.input.update({ where: { id: d.i3 }, data: { isHidden: true, hiddenReason: "ABUSE" } });
    await db.input.update({ where: { id: d.i4 }, data: { isHidden: false } });
    await expectExact();
    expect((await inboxCounts(parseInboxFilter({ prosess: d.p }))).facets.status).toEqual({ USED: 1, NOT_USED: 1 });
    await db.input.delete({ where: { id: d.i5 } });
    await expectExact();
  });

  it("send no counting SQL: one look at what changed since the last refresh", async () => {
    await inboxCounts(parseInboxFilter({}));
    sent.length = 0;
    await inboxCounts(parseInboxFilter({ prosess: d.p, kategori: "NEED", synlighet: "alle" }));
    await inputFigures();
    expect(sent.filter((q) => /count\(|group by/i.test(q) && /"input"|\binput\b/.test(q))).toEqual([]);
    // Each call looks once at facet_change; other test files writing inputs meanwhile add a read of those rows by seq.
    const looks = sent.filter((q) => /pg_current_snapshot/.test(q));
    expect(looks.length).toBeLessThanOrEqual(2);
    expect(sent.filter((q) => !looks.includes(q) && !/i\.seq = ANY/.test(q))).toEqual([]);
  });
});
