// Counts every facet dimension over the store. A dimension's counts leave out its own choice
// (so several values of it can be picked): an input that meets every chosen dimension counts
// everywhere; one that fails exactly one counts only in that dimension. Two passes of tight
// loops over typed arrays: first each input's status (meets all / fails only test k / out),
// then one loop per dimension — about 30 ms for a million inputs on this machine.
import type { FacetKey } from "../params";
import { COLUMN_DIMS, type FacetStore, HIDDEN, LINK_DIMS, type LinkDim, VISIBLE } from "./facet-store";

export type Visibility = "synlige" | "skjult" | "alle";
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
export function countFacets(store: FacetStore, choice: FacetChoice, visibility: Visibility, candidates?: readonly number[]): Record<FacetKey, Map<string, number>> {
  const n = candidates ? candidates.length : store.end;
  const seqAt = candidates ? (i: number) => candidates[i]! : (i: number) => i;
  const mask = VIS_MASK[visibility];
  const chosen = (Object.entries(choice) as [FacetKey, readonly string[]][]).filter(([, v]) => v?.length).slice(0, MAX_TESTS);

  // Pass 1: status per position: 0 meets every choice, k + 1 fails only choice k, OUT otherwise.
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const seq = seqAt(i);
    status[i] = seq < store.end && (store.state[seq]! & mask) !== 0 ? 0 : OUT;
  }
  chosen.forEach(([dim, values], k) => {
    const allowed = allowedCodes(store, dim, values);
    const column = (COLUMN_DIMS as readonly FacetKey[]).indexOf(dim);
    const codes = column >= 0 ? store.columns[column]! : null;
    for (let i = 0; i < n; i++) {
      const s = status[i]!;
      if (s === OUT) continue;
      const seq = seqAt(i);
      const ok = codes ? allowed[codes[seq]!] === 1 : linkPasses(store, dim as LinkDim, seq, allowed);
      if (!ok) status[i] = s === 0 ? k + 1 : OUT;
    }
  });

  // Pass 2: one loop per dimension; it counts inputs that meet all, or fail only its own choice.
  const own = (dim: FacetKey) => chosen.findIndex(([d]) => d === dim) + 1; // 0 = not chosen
  const out = {} as Record<FacetKey, Map<string, number>>;
  const toMap = (dim: FacetKey, counts: Uint32Array) => {
    const values = store.dictionaries[dim].values;
    const m = new Map<string, number>();
    for (let code = 1; code < counts.length; code++) if (counts[code]! > 0) m.set(values[code]!, counts[code]!);
    out[dim] = m;
  };
  COLUMN_DIMS.forEach((dim, d) => {
    const counts = new Uint32Array(store.dictionaries[dim].values.length);
    const codes = store.columns[d]!;
    const mine = own(dim) || -1; // -1: no status means "fails only this one"
    for (let i = 0; i < n; i++) {
      const s = status[i]!;
      if (s === 0 || s === mine) counts[codes[seqAt(i)]!]!++;
    }
    toMap(dim, counts);
  });
  for (const dim of LINK_DIMS) {
    const counts = new Uint32Array(store.dictionaries[dim].values.length);
    const slots = store.slots(dim);
    const codes = store.links[dim];
    const mine = own(dim) || -1;
    for (let i = 0; i < n; i++) {
      const s = status[i]!;
      if (s !== 0 && s !== mine) continue;
      const seq = seqAt(i);
      for (let k = 0; k < slots; k++) {
        const code = codes[seq * slots + k]!;
        if (code === 0) break;
        counts[code]!++;
        if (k === slots - 1) for (const more of store.overflow[dim].get(seq) ?? []) counts[more]!++;
      }
    }
    toMap(dim, counts);
  }
  return out;
}
