// The staff inbox's counts (/admin/innspill) from the in-memory facet index: the result count and
// each filter dimension's per-value counts under the rest of the filter, exactly what the inbox's
// SQL (inputs/inbox/queries.ts countInbox + inboxFacets: a count and up to eight GROUP BYs over
// every input) answers, in one walk over typed arrays. At a million inputs that SQL cost several
// full scans per page view, and under ten staff clients the page ran out of pooled connections;
// the walk takes tens of milliseconds (tests/bench/staff-pages.bench.ts).
import type { InboxFilter } from "@/features/inputs/inbox/filters";
import type { InboxCounts } from "@/features/inputs/inbox/queries";
import { COLUMN_DIMS, dayNumber, HIDDEN, INBOX_DIMS, type FacetStore } from "./facet-store";

/** The inbox's dimensions and where the store keeps each (synlighet is the state byte). */
const DIMS = ["prosess", "fase", "aktivitet", "kanal", "kategori", "status", "sprak"] as const;
type Dim = (typeof DIMS)[number];
const COLUMN_OF: Record<Exclude<Dim, "prosess" | "status">, (typeof COLUMN_DIMS)[number]> = {
  fase: "fase",
  aktivitet: "aktivitet",
  kanal: "kanal",
  kategori: "kategori",
  sprak: "sprak",
};

type Counts = Record<string, number>;

/** A dimension's codes per input and its dictionary (the inbox's and the triage queue's counts). */
export function columnOf(store: FacetStore, dim: Dim): { codes: Uint16Array; values: readonly string[]; find: (v: string) => number | undefined } {
  if (dim === "prosess" || dim === "status") {
    const d = INBOX_DIMS.indexOf(dim);
    const dict = store.inboxDictionaries[dim];
    return { codes: store.inboxColumns[d]!, values: dict.values, find: (v) => dict.find(v) };
  }
  const key = COLUMN_OF[dim];
  const dict = store.dictionaries[key];
  return { codes: store.columns[COLUMN_DIMS.indexOf(key)]!, values: dict.values, find: (v) => dict.find(v) };
}

/**
 * Counts under `f` as inboxWhere(f) and inboxWhere(f, dim) select them: equality per chosen
 * dimension, visibility, and the Oslo days `fra`..`til` (never left out). Phase and activity
 * are counted only inside a chosen process, as the inbox offers them. A missing value (no
 * category, phase or activity) counts under "", as the SQL's GROUP BY keys it.
 */
export function countInbox(store: FacetStore, f: InboxFilter): InboxCounts {
  const columns = DIMS.map((dim) => columnOf(store, dim));
  // One test per chosen dimension: the code it must have (-1: a value the store never saw, so nothing passes).
  const tests: { dim: number; code: number }[] = [];
  DIMS.forEach((dim, d) => {
    const v = f[dim];
    if (v) tests.push({ dim: d, code: columns[d]!.find(v) ?? -1 });
  });
  const VIS = DIMS.length; // the visibility test's "dimension"
  const wantHidden = f.synlighet === "skjult" ? true : f.synlighet === "synlige" ? false : null;
  if (wantHidden !== null) tests.push({ dim: VIS, code: 0 });
  const from = f.fra ? dayNumber(f.fra) : -Infinity;
  const to = f.til ? dayNumber(f.til) : Infinity;
  const dated = !!(f.fra || f.til);

  const counts = columns.map((c) => new Uint32Array(c.values.length));
  const vis = [0, 0]; // [visible, hidden]
  let total = 0;
  const codesOf = columns.map((c) => c.codes);
  const testDims = Int32Array.from(tests.map((t) => t.dim));
  const testCodes = Int32Array.from(tests.map((t) => t.code));
  const nTests = tests.length;
  const { state, day } = store;
  for (let seq = 0; seq < store.end; seq++) {
    const s = state[seq]!;
    if (s === 0) continue;
    if (dated && (day[seq]! < from || day[seq]! > to)) continue;
    const hidden = s === HIDDEN ? 1 : 0;
    let failed = -1;
    let fails = 0;
    for (let k = 0; k < nTests; k++) {
      const d = testDims[k]!;
      const ok = d === VIS ? (hidden === 1) === wantHidden : codesOf[d]![seq] === testCodes[k];
      if (!ok && ++fails > 1) break;
      if (!ok) failed = d;
    }
    if (fails === 0) {
      total++;
      for (let d = 0; d < DIMS.length; d++) counts[d]![codesOf[d]![seq]!]!++;
      vis[hidden]!++;
    } else if (fails === 1) {
      if (failed === VIS) vis[hidden]!++;
      else counts[failed]![codesOf[failed]![seq]!]!++;
    }
  }

  const toCounts = (d: number): Counts => {
    const out: Counts = {};
    const values = columns[d]!.values;
    counts[d]!.forEach((n, code) => {
      if (n > 0) out[code === 0 ? "" : values[code]!] = n;
    });
    return out;
  };
  const facets = Object.fromEntries(DIMS.map((dim, d) => [dim, (dim === "fase" || dim === "aktivitet") && !f.prosess ? {} : toCounts(d)])) as Record<
    Dim,
    Counts
  >;
  return { total, facets: { ...facets, synlighet: { synlige: vis[0]!, skjult: vis[1]!, alle: vis[0]! + vis[1]! } } };
}
