// The triage queue's three counts (/admin/kunnskapsbase: untriaged, held for review, total, under
// the queue's filter) from the in-memory facet index, exactly what the SQL definition
// (triage/queries.ts sqlTriageCounts) answers. That SQL is a scan of every visible input per view:
// about 2 s at a million inputs under load, holding a core and a pooled connection (issue #20,
// tests/bench/staff-pages.bench.ts); this walk over typed arrays takes milliseconds.
import type { TriageFilter } from "@/features/knowledge/triage/filters";
import type { TriageCounts } from "@/features/knowledge/triage/queries";
import { columnOf } from "./count-inbox";
import { HELD_FOR_REVIEW, UNTRIAGED, VISIBLE, type FacetStore } from "./facet-store";

/** A chosen value's code in a dimension (-1: a value the store never saw, so nothing matches; 0: not chosen). */
const codeOf = (find: (v: string) => number | undefined, value: string | undefined) => (value ? (find(value) ?? -1) : 0);

/**
 * Counts the visible inputs under `f` as sqlTriageCounts does: process and channel by equality,
 * `kategori` "mangler"/"satt" as no category / a category, `emne=mangler` as no topic at all.
 */
export function countTriage(store: FacetStore, f: Partial<TriageFilter>): TriageCounts {
  const p = columnOf(store, "prosess");
  const k = columnOf(store, "kanal");
  const process = codeOf(p.find, f.prosess);
  const channel = codeOf(k.find, f.kanal);
  const processes = p.codes;
  const channels = k.codes;
  const categories = columnOf(store, "kategori").codes;
  const category = f.kategori === "mangler" ? 0 : f.kategori === "satt" ? 1 : -1; // -1: either
  const noTopic = f.emne === "mangler";
  // A topic fills the first inline slot before any other (facet-store appendLink/addLinks).
  const topics = store.links.emne;
  const slots = store.slots("emne");
  const { state, triage } = store;
  let untriaged = 0;
  let held = 0;
  let total = 0;
  for (let seq = 0; seq < store.end; seq++) {
    if (state[seq] !== VISIBLE) continue;
    if (process !== 0 && processes[seq] !== process) continue;
    if (channel !== 0 && channels[seq] !== channel) continue;
    if (category !== -1 && (categories[seq] === 0) !== (category === 0)) continue;
    if (noTopic && topics[seq * slots] !== 0) continue;
    total++;
    const t = triage[seq]!;
    if (t & UNTRIAGED) untriaged++;
    if (t & HELD_FOR_REVIEW) held++;
  }
  return { untriaged, held, total };
}
