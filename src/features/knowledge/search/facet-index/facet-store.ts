// The facet values of every input, column by column, in typed arrays indexed by `input.seq`:
// 1 000 000 inputs take about 30 MB. Values are coded per dimension (0 = none), so a count is
// a walk over small integers. Topics and plans are many per input: a few inline slots each,
// with the rare input that has more kept in an overflow map. The staff inbox's counts use the
// same store: two more columns (process, status) and each input's Oslo calendar day, which the
// search facets do not count (count-inbox.ts); the triage queue's counts one byte of triage bits
// (untriaged, held for review; count-triage.ts).
import { fromOsloWallClock } from "@/lib/oslo-time";
import type { FacetKey } from "../params";

export const COLUMN_DIMS = ["kategori", "kanal", "sprak", "bydel", "malgruppe", "fase", "aktivitet", "maned"] as const satisfies readonly FacetKey[];
export const LINK_DIMS = ["emne", "plan"] as const satisfies readonly FacetKey[];
export type ColumnDim = (typeof COLUMN_DIMS)[number];
export type LinkDim = (typeof LINK_DIMS)[number];
const SLOTS: Record<LinkDim, number> = { emne: 4, plan: 2 };

/** The inbox's own filter columns (inputs/inbox/filters.ts): not search facets. */
export const INBOX_DIMS = ["prosess", "status"] as const;
export type InboxDim = (typeof INBOX_DIMS)[number];
/** The inbox's values of one input: process id, status and the Oslo calendar day (days since 2000-01-01). */
export type InboxValues = { prosess: string | null; status: string | null; day: number };

/** One input's facet values as read from the database (the month as "YYYY-MM", see osloMonth; `triage` as TRIAGE bits). */
export type FacetRow = { seq: number; hidden: boolean; columns: (string | null)[]; emne: string[]; plan: string[]; inbox: InboxValues; triage: number };

/** Days since 2000-01-01 of a calendar day "YYYY-MM-DD" (the inbox's `fra`/`til`). */
export const dayNumber = (ymd: string) => Math.round((Date.parse(`${ymd}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);

// The UTC instants at which Oslo months begin (2000–2100), for osloMonth's binary search.
const MONTH_STARTS: number[] = [];
const MONTH_NAMES: string[] = [];
for (let y = 2000; y <= 2100; y++) {
  for (let m = 1; m <= 12; m++) {
    MONTH_STARTS.push(fromOsloWallClock(y, m, 1, 0, 0).getTime() / 1000);
    MONTH_NAMES.push(`${y}-${String(m).padStart(2, "0")}`);
  }
}

/** The Oslo month ("YYYY-MM", the "maned" facet value) of an instant in epoch seconds; null before 2000. Cheaper than a time zone per row. */
export function osloMonth(epochSeconds: number): string | null {
  if (epochSeconds < MONTH_STARTS[0]!) return null;
  let lo = 0;
  let hi = MONTH_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (MONTH_STARTS[mid]! <= epochSeconds) lo = mid;
    else hi = mid - 1;
  }
  return MONTH_NAMES[lo]!;
}

/** State per input: absent, visible or hidden (bits, so "both" is a mask of 3). */
export const VISIBLE = 1;
export const HIDDEN = 2;

/** The triage queue's bits per input: `triaged_at IS NULL` and `held_for_review` (TRIAGE_BITS_SQL in load-all.ts). */
export const UNTRIAGED = 1;
export const HELD_FOR_REVIEW = 2;

class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [""];
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > 0xffff) throw new Error("facet index: more than 65 535 values in one dimension");
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

export class FacetStore {
  /** One past the highest seq held. */
  end = 0;
  state = new Uint8Array(0);
  readonly columns: Uint16Array[] = COLUMN_DIMS.map(() => new Uint16Array(0));
  readonly links: Record<LinkDim, Uint16Array> = { emne: new Uint16Array(0), plan: new Uint16Array(0) };
  readonly overflow: Record<LinkDim, Map<number, number[]>> = { emne: new Map(), plan: new Map() };
  readonly dictionaries = Object.fromEntries([...COLUMN_DIMS, ...LINK_DIMS].map((d) => [d, new Dictionary()])) as Record<FacetKey, Dictionary>;
  /** The inbox's columns (INBOX_DIMS order), their dictionaries, and the Oslo day of each input. */
  readonly inboxColumns: Uint16Array[] = INBOX_DIMS.map(() => new Uint16Array(0));
  readonly inboxDictionaries = Object.fromEntries(INBOX_DIMS.map((d) => [d, new Dictionary()])) as Record<InboxDim, Dictionary>;
  day = new Int32Array(0);
  /** UNTRIAGED | HELD_FOR_REVIEW per input. */
  triage = new Uint8Array(0);

  private grow(seq: number) {
    if (seq < this.state.length) return;
    const capacity = Math.max(1024, 2 ** Math.ceil(Math.log2(seq + 1)));
    const resize = <T extends Uint8Array | Uint16Array | Int32Array>(a: T, width: number, make: (n: number) => T): T => {
      const b = make(capacity * width);
      b.set(a);
      return b;
    };
    this.state = resize(this.state, 1, (n) => new Uint8Array(n));
    COLUMN_DIMS.forEach((_, d) => (this.columns[d] = resize(this.columns[d]!, 1, (n) => new Uint16Array(n))));
    INBOX_DIMS.forEach((_, d) => (this.inboxColumns[d] = resize(this.inboxColumns[d]!, 1, (n) => new Uint16Array(n))));
    this.day = resize(this.day, 1, (n) => new Int32Array(n));
    this.triage = resize(this.triage, 1, (n) => new Uint8Array(n));
    for (const dim of LINK_DIMS) this.links[dim] = resize(this.links[dim], SLOTS[dim], (n) => new Uint16Array(n));
  }

  set(row: FacetRow) {
    const codes = COLUMN_DIMS.map((dim, d) => {
      const v = row.columns[d];
      return v === null || v === undefined ? 0 : this.dictionaries[dim].code(v);
    });
    const code = (dim: InboxDim) => {
      const v = row.inbox[dim];
      return v === null ? 0 : this.inboxDictionaries[dim].code(v);
    };
    this.setCoded(row.seq, row.hidden, codes, [code("prosess"), code("status")], row.inbox.day, row.triage);
    for (const dim of LINK_DIMS) this.addLinks(dim, row.seq, row[dim]);
  }

  /** One input's column values as store codes (the full load codes them in bulk; its links come apart). */
  setCoded(seq: number, hidden: boolean, codes: number[], inboxCodes: number[], day: number, triage: number) {
    this.grow(seq);
    this.end = Math.max(this.end, seq + 1);
    this.state[seq] = hidden ? HIDDEN : VISIBLE;
    for (let d = 0; d < COLUMN_DIMS.length; d++) this.columns[d]![seq] = codes[d] ?? 0;
    for (let d = 0; d < INBOX_DIMS.length; d++) this.inboxColumns[d]![seq] = inboxCodes[d] ?? 0;
    this.day[seq] = day;
    this.triage[seq] = triage;
  }

  /** Adds one topic or plan code to an input (the full load reads links value by value). */
  appendLink(dim: LinkDim, seq: number, code: number) {
    this.grow(seq);
    const slots = SLOTS[dim];
    for (let k = 0; k < slots; k++) {
      const at = seq * slots + k;
      if (this.links[dim][at] === code) return;
      if (this.links[dim][at] === 0) {
        this.links[dim][at] = code;
        return;
      }
    }
    const more = this.overflow[dim].get(seq) ?? [];
    if (!more.includes(code)) this.overflow[dim].set(seq, [...more, code]);
  }

  /** Sets one input's topics or plans (the full load reads them apart from the rows). */
  addLinks(dim: LinkDim, seq: number, values: string[]) {
    this.grow(seq);
    this.end = Math.max(this.end, seq + 1);
    const slots = SLOTS[dim];
    const codes = [...new Set(values)].map((v) => this.dictionaries[dim].code(v));
    for (let k = 0; k < slots; k++) this.links[dim][seq * slots + k] = codes[k] ?? 0;
    if (codes.length > slots) this.overflow[dim].set(seq, codes.slice(slots));
    else this.overflow[dim].delete(seq);
  }

  /** How many inputs are held (visible or hidden). */
  count(): number {
    let n = 0;
    for (let seq = 0; seq < this.end; seq++) if (this.state[seq] !== 0) n++;
    return n;
  }

  remove(seq: number) {
    if (seq >= this.state.length) return;
    this.state[seq] = 0;
    for (const dim of LINK_DIMS) this.overflow[dim].delete(seq);
  }

  slots(dim: LinkDim) {
    return SLOTS[dim];
  }
}
