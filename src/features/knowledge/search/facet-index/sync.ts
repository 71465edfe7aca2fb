// Keeps this app instance's FacetStore equal to the database. Before every use it reads the
// inputs that `facet_change` lists for every transaction its previous snapshot could not see
// (xid >= that snapshot's xmin): a write that commits late, or on another instance, is never
// missed, and reading an input twice is harmless. Usually that is one query returning nothing.
// Read-your-writes: a caller always waits for a refresh that started after it asked. Pages never
// wait for a full load (seconds at a million inputs): fromIndexOrSql answers from SQL meanwhile.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { log } from "@/lib/logger";
import { FacetStore, osloMonth, type FacetRow } from "./facet-store";
import { loadAllInto, OSLO_DAY_SQL, TRIAGE_BITS_SQL } from "./load-all";

type Synced = { store: FacetStore; horizon: bigint; pruneFrom: { xmin: bigint; at: number } };

/** An instance prunes facet_change rows older than its own snapshot of at least this long ago. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

type Raw = {
  seq: number;
  hidden: boolean;
  c: (string | null)[];
  at: number;
  process: string | null;
  status: string | null;
  day: number;
  triage: number;
  emne: string[] | null;
  plan: string[] | null;
};

// The row shape of FacetRow, in COLUMN_DIMS order (facet-store.ts); the month from osloMonth, as in the full load.
const SELECT_ROWS = Prisma.sql`
  SELECT i.seq, i.is_hidden AS hidden,
         ARRAY[i.category::text, i.channel::text, i.language::text, i.district_id::text, i.target_group_id::text,
               i.phase_id::text, i.activity_id::text] AS c,
         extract(epoch FROM i.submitted_at)::float8 AS at,
         i.process_id::text AS process, i.status::text AS status, ${OSLO_DAY_SQL} AS day,
         ${TRIAGE_BITS_SQL} AS triage`;
const toRow = (r: Raw): FacetRow => ({
  seq: r.seq,
  hidden: r.hidden,
  columns: [...r.c, osloMonth(r.at)],
  emne: r.emne ?? [],
  plan: r.plan ?? [],
  inbox: { prosess: r.process, status: r.status, day: r.day },
  triage: r.triage,
});

async function snapshot(horizon: bigint | null) {
  const rows = await db.$queryRaw<{ xmin: bigint; pruned: bigint; seqs: number[] }[]>(Prisma.sql`
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,
           (SELECT pruned_below FROM facet_prune WHERE id = 1) AS pruned,
           ARRAY(SELECT DISTINCT input_seq FROM facet_change WHERE ${horizon === null ? Prisma.sql`false` : Prisma.sql`xid >= ${horizon}`}) AS seqs`);
  const r = rows[0]!;
  return { xmin: BigInt(r.xmin), pruned: BigInt(r.pruned ?? 0), seqs: r.seqs };
}

// One per process (kept on globalThis so the dev server's module reloads share it). `loading`:
// a full load is under way; `onLoad`: callers of loadedFacetStore to tell when one begins.
type Holder = {
  synced: Synced | null;
  running: Promise<Synced> | null;
  queued: Promise<Synced> | null;
  loading: boolean;
  onLoad: Set<() => void>;
  sqlTurn: Promise<void>;
};
const g = globalThis as typeof globalThis & { medvirkFacetIndex?: Holder };
const holder: Holder = (g.medvirkFacetIndex ??= {
  synced: null,
  running: null,
  queued: null,
  loading: false,
  onLoad: new Set(),
  sqlTurn: Promise.resolve(),
});
// A holder from before a dev reload of this module.
holder.onLoad ??= new Set();
holder.sqlTurn ??= Promise.resolve();

/** Every input (what changes meanwhile has an xid >= xmin, so the next refresh re-reads it). */
async function loadAll(): Promise<Synced> {
  holder.loading = true;
  for (const began of holder.onLoad) began();
  try {
    const started = performance.now();
    const { xmin } = await snapshot(null);
    const store = new FacetStore();
    await loadAllInto(store);
    const inputs = store.count();
    (inputs > 10_000 ? log.info : log.debug)("facet index loaded", { inputs, ms: Math.round(performance.now() - started) });
    return { store, horizon: xmin, pruneFrom: { xmin, at: Date.now() } };
  } finally {
    holder.loading = false;
  }
}

async function applyChanges(store: FacetStore, seqs: number[]) {
  for (let i = 0; i < seqs.length; i += 5_000) {
    const chunk = seqs.slice(i, i + 5_000);
    const rows = await db.$queryRaw<Raw[]>(Prisma.sql`${SELECT_ROWS},
        ARRAY(SELECT tag_id::text FROM input_tag WHERE input_id = i.id) AS emne,
        ARRAY(SELECT thematic_plan_id::text FROM input_thematic_plan WHERE input_id = i.id) AS plan
      FROM input i WHERE i.seq = ANY(${chunk}::int[])`);
    const found = new Set<number>();
    for (const r of rows) {
      store.set(toRow(r));
      found.add(r.seq);
    }
    for (const seq of chunk) if (!found.has(seq)) store.remove(seq);
  }
}

/** Deletes change rows every instance has seen or will reload past (see facet_prune). */
async function prune(s: Synced, xmin: bigint) {
  if (Date.now() - s.pruneFrom.at < PRUNE_EVERY_MS) return;
  const below = s.pruneFrom.xmin;
  s.pruneFrom = { xmin, at: Date.now() };
  await db.$transaction([
    db.$executeRaw`UPDATE facet_prune SET pruned_below = greatest(pruned_below, ${below}) WHERE id = 1`,
    db.$executeRaw`DELETE FROM facet_change WHERE xid < ${below}`,
  ]);
}

async function refresh(s: Synced | null): Promise<Synced> {
  if (s === null) return loadAll();
  const { xmin, pruned, seqs } = await snapshot(s.horizon);
  // Rows this instance has not read were pruned, or a bulk load asked for it (input_seq 0).
  if (s.horizon < pruned || seqs.includes(0)) return loadAll();
  if (seqs.length) await applyChanges(s.store, seqs);
  s.horizon = xmin;
  await prune(s, xmin);
  return s;
}

function start(): Promise<Synced> {
  const run = refresh(holder.synced).then(
    (s) => (holder.synced = s),
    (error: unknown) => {
      holder.synced = null; // start over next time rather than trust a half-applied change
      throw error;
    },
  );
  holder.running = run.finally(() => (holder.running = null));
  return holder.running;
}

/** The store, brought up to date with everything committed before this call. */
export async function facetStore(): Promise<FacetStore> {
  if (!holder.running) return (await start()).store;
  // A refresh is under way but may have begun before our caller's last write: queue the next.
  holder.queued ??= holder.running
    .catch(() => undefined)
    .then(() => {
      holder.queued = null;
      return holder.running ?? start();
    });
  return (await holder.queued).store;
}

/**
 * The store brought up to date as facetStore() does, or null while a full load runs (the first
 * after start, 13.6 s at a million inputs, or a reload that facet_change asks for): the load is
 * started, never waited for, and the caller answers from SQL meanwhile (issue #20, cold start).
 * SQL sees every committed write, so read-your-writes holds either way. A refresh that fails is
 * logged and answered by SQL too.
 */
export async function loadedFacetStore(): Promise<FacetStore | null> {
  if (holder.synced === null || holder.loading) {
    if (!holder.running) start().catch((error: unknown) => log.warn("facet index load failed", { error: String(error) }));
    return null;
  }
  let began = () => {};
  const loadBegins = new Promise<null>((resolve) => (began = () => resolve(null)));
  holder.onLoad.add(began);
  try {
    return await Promise.race([facetStore(), loadBegins]);
  } catch (error) {
    log.warn("facet index refresh failed", { error: String(error) });
    return null;
  } finally {
    holder.onLoad.delete(began);
  }
}

/**
 * Counts from the index (`index`), or from their SQL definition (`sql`) while the index loads
 * (loadedFacetStore). The SQL answers take turns, one at a time per instance: each is one or
 * more scans of every input at a million, and side by side they took every pooled connection
 * from the other pages and the load itself. One whose turn comes after the load has finished
 * answers from the index.
 */
export async function fromIndexOrSql<T>(index: (store: FacetStore) => T, sql: () => Promise<T>): Promise<T> {
  const store = await loadedFacetStore();
  if (store) return index(store);
  const previous = holder.sqlTurn;
  let done = () => {};
  holder.sqlTurn = new Promise<void>((resolve) => (done = resolve));
  try {
    await previous;
    const loaded = await loadedFacetStore();
    return loaded ? index(loaded) : await sql();
  } finally {
    done();
  }
}
