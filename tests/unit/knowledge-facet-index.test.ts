// The in-memory facet index's counting against a naive count over the same inputs: every
// dimension leaves out its own choice, topics beyond the inline slots (overflow) count, hidden
// inputs only on request, removed inputs never, and a candidate list limits the count.
import { describe, expect, it } from "vitest";
import { countFacets, type FacetChoice } from "@/features/knowledge/search/facet-index/count";
import { COLUMN_DIMS, FacetStore, LINK_DIMS, type FacetRow } from "@/features/knowledge/search/facet-index/facet-store";
import type { FacetKey, Visibility } from "@/features/knowledge/search/params";

const rows: FacetRow[] = [];
const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
for (let seq = 1; seq <= 400; seq++) {
  rows.push({
    seq,
    hidden: seq % 17 === 0,
    columns: [
      pick(["NEED", "HOPE", "CHALLENGE", null], seq),
      pick(["FORM", "EMAIL", "PAPER"], seq * 7),
      pick(["nb", "nn", "en"], seq * 3),
      pick(["d1", "d2", null], seq * 5),
      pick(["g1", "g2", "g3", "g4"], seq * 11),
      pick(["f1", "f2"], seq),
      pick(["a1", null, "a2"], seq * 13),
      pick(["2026-01", "2026-02", "2026-03"], seq * 2),
    ],
    // Up to seven topics: more than the four inline slots, so the overflow is used.
    emne: Array.from({ length: seq % 8 }, (_, k) => `t${(seq + k * 2) % 9}`),
    plan: seq % 3 === 0 ? ["p1", "p2"] : seq % 3 === 1 ? ["p1"] : [],
    inbox: { prosess: pick(["pr1", "pr2"], seq), status: pick(["RECEIVED", "READ"], seq * 3), day: 9500 + (seq % 40) },
    triage: seq % 4,
  });
}
const removed = new Set([5, 50, 333]);

function build() {
  const store = new FacetStore();
  // Out of order, with an update and removals, as refreshes deliver them.
  for (const r of [...rows].reverse()) store.set({ ...r, emne: [], columns: r.columns.map(() => "x") });
  for (const r of rows) store.set(r);
  for (const seq of removed) store.remove(seq);
  return store;
}

const valuesOf = (r: FacetRow, dim: FacetKey): string[] =>
  (LINK_DIMS as readonly string[]).includes(dim)
    ? [...new Set(r[dim as "emne" | "plan"])]
    : [r.columns[(COLUMN_DIMS as readonly string[]).indexOf(dim)]].filter((v): v is string => v !== null);

function naive(choice: FacetChoice, visibility: Visibility, only?: Set<number>) {
  const out: Record<string, Record<string, number>> = {};
  for (const dim of [...COLUMN_DIMS, ...LINK_DIMS]) {
    const counts: Record<string, number> = {};
    for (const r of rows) {
      if (removed.has(r.seq) || (only && !only.has(r.seq))) continue;
      if (visibility === "synlige" ? r.hidden : visibility === "skjult" ? !r.hidden : false) continue;
      const meets = Object.entries(choice).every(([d, vs]) => d === dim || !vs?.length || valuesOf(r, d as FacetKey).some((v) => vs.includes(v)));
      if (meets) for (const v of valuesOf(r, dim)) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[dim] = counts;
  }
  return out;
}

const plain = (counts: Record<FacetKey, Map<string, number>>) => Object.fromEntries(Object.entries(counts).map(([k, m]) => [k, Object.fromEntries(m)]));

describe("countFacets", () => {
  const store = build();
  const cases: [FacetChoice, Visibility][] = [
    [{}, "synlige"],
    [{}, "alle"],
    [{}, "skjult"],
    [{ kategori: ["NEED"] }, "synlige"],
    [{ emne: ["t6"] }, "synlige"], // t6 is often a fifth or later topic: only in the overflow
    [{ emne: ["t1", "t2"], plan: ["p2"] }, "synlige"],
    [{ kategori: ["HOPE", "CHALLENGE"], bydel: ["d1"], maned: ["2026-02"], emne: ["t3"] }, "alle"],
    [{ bydel: ["no-such-district"] }, "synlige"],
  ];
  it.each(cases)("equals a naive count for %j (%s)", (choice, visibility) => {
    expect(plain(countFacets(store, choice, visibility))).toEqual(naive(choice, visibility));
  });

  it("counts only the candidates when given, and ignores seqs it does not hold", () => {
    const only = [3, 4, 5, 6, 99, 200, 10_000];
    expect(plain(countFacets(store, { kanal: ["EMAIL"] }, "synlige", only))).toEqual(naive({ kanal: ["EMAIL"] }, "synlige", new Set(only)));
  });

  it("keeps a dimension's other values visible when one of them is chosen", () => {
    const counts = countFacets(store, { kategori: ["NEED"] }, "synlige");
    expect(counts.kategori.get("HOPE")).toBeGreaterThan(0);
    expect(counts.kategori.get("NEED")).toBe(naive({}, "synlige").kategori!.NEED);
  });
});
