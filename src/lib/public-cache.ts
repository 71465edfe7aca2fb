// Public pages (front page, process page, form, «Dette har vi hørt») read the same processes,
// forms and heard pages for every visitor; under load that was 8–23 SQL statements and tens of
// ms of CPU per page (issue #20). This keeps each such read in memory, labelled with the
// database's public content version, and serves it while the version is unchanged.
//
// Exact, also with several app instances: `public_content_version` (one row) is bumped at
// COMMIT by deferred triggers on every table these reads use (migration
// 20261207160000_public_content_version), whoever writes — a command, a job, a script, psql.
// Each use reads the version first (one tiny statement) and then, on a miss, the data: a write
// that commits in between leaves data newer than its label, so the next use reloads; never the
// reverse. A version read begun before the caller asked is never trusted (it may predate a
// commit the caller has seen, e.g. the admin's own save before the redirect); callers that
// arrive while a read is under way share the next one, so 50 concurrent pages cost about one
// version read per round trip rather than one each. Data that depends on the clock (upcoming
// activities, open forms) says until when it holds (`validUntil`) or is filtered at render.
// Per-input data (receipts, live counts, quotes) is never cached here.
import { cache } from "react";
import { db } from "./db";

type Entry = { version: bigint; value: unknown; validUntil: number };
type Store = {
  entries: Map<string, Entry>;
  loads: Map<string, { version: bigint; promise: Promise<unknown> }>;
  /** The version read under way and the one queued behind it (shared by everyone who asked meanwhile). */
  reading?: Promise<bigint>;
  queued?: Promise<bigint>;
};

// On globalThis: the proxy and the pages are separate bundles in one process; they share one cache.
const KEY = Symbol.for("medvirk.publicCache");
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= { entries: new Map(), loads: new Map() });

/** At most this many entries (a flood of unknown slugs must not grow the heap); oldest read first out. */
export const PUBLIC_CACHE_MAX = 2000;

async function readVersion(): Promise<bigint> {
  const rows = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM public_content_version`;
  return rows[0]?.version ?? -1n;
}

/** The current version, from a read that began after this call. */
export function currentPublicVersion(): Promise<bigint> {
  if (!store.reading) {
    const reading = readVersion().finally(() => {
      if (store.reading === reading) store.reading = undefined;
    });
    store.reading = reading;
    return reading;
  }
  // A read is under way, begun before we asked: wait for it, then share the next one.
  store.queued ??= store.reading
    .catch(() => undefined)
    .then(() => {
      store.queued = undefined;
      return currentPublicVersion();
    });
  return store.queued;
}

/**
 * One version per page render (React's per-request cache: generateMetadata, the page and its
 * slots share it; it began after the request arrived). Outside a render (the proxy, jobs,
 * tests) every call reads afresh.
 */
const versionForRender = cache(() => currentPublicVersion());

/**
 * `load()`'s result for `key`, from memory while the public content version is unchanged (and,
 * if `validUntil` gives a time in ms, until then). Concurrent misses share one load.
 */
export async function publicCached<T>(key: string, load: () => Promise<T>, validUntil?: (value: T) => number | undefined): Promise<T> {
  const version = await versionForRender();
  const hit = store.entries.get(key);
  if (hit && hit.version === version && Date.now() < hit.validUntil) {
    // Most recently used last, so the oldest is evicted first.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit.value as T;
  }
  const pending = store.loads.get(key);
  if (pending && pending.version === version) return pending.promise as Promise<T>;
  const promise = load().then((value) => {
    store.entries.delete(key);
    store.entries.set(key, { version, value, validUntil: validUntil?.(value) ?? Infinity });
    if (store.entries.size > PUBLIC_CACHE_MAX) store.entries.delete(store.entries.keys().next().value!);
    return value;
  });
  const entry = { version, promise };
  store.loads.set(key, entry);
  try {
    return await promise;
  } finally {
    if (store.loads.get(key) === entry) store.loads.delete(key);
  }
}

/** Forgets everything (tests that swap databases). */
export function clearPublicCache(): void {
  store.entries.clear();
  store.loads.clear();
}
