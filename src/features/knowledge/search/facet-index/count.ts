// Counts every facet dimension over the store. A dimension's counts leave out its own choice
// (so several values of it can be picked): an input that meets every chosen dimension counts
// everywhere; one that fails exactly one counts only in that dimension. Tight loops over typed
// arrays: one per choice for each input's status (meets all / fails only choice k / out), then
// one walk that counts — a few tens of milliseconds for a million inputs on this machine.
import type { FacetKey, Visibility } from "../params";
import { COLUMN_DIMS, HIDDEN, LINK_DIMS, VISIBLE, type FacetStore, type LinkDim } from "./facet-store";

export type FacetChoice = Partial<Record<FacetKey, readonly string[]>>;

const VIS_MASK: Record<Visibility, number> = { synlige: VISIBLE, skjult: HIDDEN, alle: VISIBLE | HIDDEN };
const OUT = 255;
const MAX_TESTS = 254;

/** Allowed codes of one chosen dimension (1 = one of the chosen values). */
function allowedCodes(store: FacetStore, dim: FacetKey, values: readonly string[]): Uint8Array {
  const dict = store.dictionaries[dim];
  const allowed = new Uint8Array(dict.values.length);
  for (const v of values) {
    const code = dict.find(v);
    if (code !== undefined) allowed[code] = 1;
  }
  return allowed;
}

/** Whether any of an input's topic/plan codes is allowed. */
function linkPasses(store: FacetStore, dim: LinkDim, seq: number, allowed: Uint8Array): boolean {
  const slots = store.slots(dim);
  const codes = store.links[dim];
  for (let k = 0; k < slots; k++) {
    const code = codes[seq * slots + k]!;
    if (code === 0) return false;
    if (allowed[code] === 1) return true;
  }
  for (const code of store.overflow[dim].get(seq) ?? []) if (allowed[code] === 1) return true;
  return false;
}

/**
 * Counts per dimension and value under `choice`, over every input or only `candidates`
 * (seqs, e.g. the inputs that match the words). Returns value → count, zeros left out.
 */
export function countFacets(
  store: FacetStore,
  choice: FacetChoice,
  visibility: Visibility,
  candidates?: readonly number[],
): Record<FacetKey, Map<string, number>> {
  // Positions are seqs when counting everything, else indexes into `order` (no closure per element: this is the hot loop).
  const order = candidates ? Int32Array.from(candidates) : null;
  const n = order ? order.length : store.end;
  const mask = VIS_MASK[visibility];
  const chosen = (Object.entries(choice) as [FacetKey, readonly string[]][]).filter(([, v]) => v?.length).slice(0, MAX_TESTS);

  // Pass 1: status per position: 0 meets every choice, k + 1 fails only choice k, OUT otherwise.
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const seq = order === null ? i : order[i]!;
    status[i] = seq < store.end && (store.state[seq]! & mask) !== 0 ? 0 : OUT;
  }
  chosen.forEach(([dim, values], k) => {
    const allowed = allowedCodes(store, dim, values);
    const column = (COLUMN_DIMS as readonly FacetKey[]).indexOf(dim);
    const codes = column >= 0 ? store.columns[column]! : null;
    for (let i = 0; i < n; i++) {
      const s = status[i]!;
      if (s === OUT) continue;
      const seq = order === null ? i : order[i]!;
      const ok = codes ? allowed[codes[seq]!] === 1 : linkPasses(store, dim as LinkDim, seq, allowed);
      if (!ok) status[i] = s === 0 ? k + 1 : OUT;
    }
  });

  // Pass 2, one walk over the inputs: "meets all" counts in every dimension, "fails only
  // choice k" only in k's dimension (so a dimension's own choice never hides its other values).
  const columnCounts = COLUMN_DIMS.map((dim) => new Uint32Array(store.dictionaries[dim].values.length));
  const linkCounts = LINK_DIMS.map((dim) => new Uint32Array(store.dictionaries[dim].values.length));
  // What status k + 1 counts: a column dimension's index, or -1 - a link dimension's index.
  const onlyIn = chosen.map(([dim]) => {
    const column = (COLUMN_DIMS as readonly FacetKey[]).indexOf(dim);
    return column >= 0 ? column : -1 - (LINK_DIMS as readonly FacetKey[]).indexOf(dim);
  });
  const columns = store.columns;
  const linkCodes = LINK_DIMS.map((dim) => store.links[dim]);
  const linkSlots = LINK_DIMS.map((dim) => store.slots(dim));
  const countLinks = (l: number, seq: number) => {
    const slots = linkSlots[l]!;
    const codes = linkCodes[l]!;
    const counts = linkCounts[l]!;
    const base = seq * slots;
    for (let k = 0; k < slots; k++) {
      const code = codes[base + k]!;
      if (code === 0) return;
      counts[code]!++;
    }
    for (const more of store.overflow[LINK_DIMS[l]!].get(seq) ?? []) counts[more]!++;
  };
  const eight: 8 = COLUMN_DIMS.length; // the unrolled loop below assumes eight column dimensions
  void eight;
  const [c0, c1, c2, c3, c4, c5, c6, c7] = columns as [Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array, Uint16Array];
  const [n0, n1, n2, n3, n4, n5, n6, n7] = columnCounts as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  for (let i = 0; i < n; i++) {
    const s = status[i]!;
    if (s === OUT) continue;
    const seq = order === null ? i : order[i]!;
    if (s === 0) {
      // Unrolled over the eight column dimensions (COLUMN_DIMS): the hot path of every count.
      n0[c0[seq]!]!++;
      n1[c1[seq]!]!++;
      n2[c2[seq]!]!++;
      n3[c3[seq]!]!++;
      n4[c4[seq]!]!++;
      n5[c5[seq]!]!++;
      n6[c6[seq]!]!++;
      n7[c7[seq]!]!++;
      countLinks(0, seq);
      countLinks(1, seq);
    } else {
      const target = onlyIn[s - 1]!;
      if (target >= 0) columnCounts[target]![columns[target]![seq]!]!++;
      else countLinks(-1 - target, seq);
    }
  }

  const out = {} as Record<FacetKey, Map<string, number>>;
  const toMap = (dim: FacetKey, counts: Uint32Array) => {
    const values = store.dictionaries[dim].values;
    const m = new Map<string, number>();
    for (let code = 1; code < counts.length; code++) if (counts[code]! > 0) m.set(values[code]!, counts[code]!);
    out[dim] = m;
  };
  COLUMN_DIMS.forEach((dim, d) => toMap(dim, columnCounts[d]!));
  LINK_DIMS.forEach((dim, l) => toMap(dim, linkCounts[l]!));
  return out;
}
