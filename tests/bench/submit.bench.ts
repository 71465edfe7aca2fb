// `npx tsx tests/bench/submit.bench.ts` (after `next build`): issue #20's load bench, loopback
// only, bounded in time. It starts its own embedded PostgreSQL (migrated, demo seed) and a
// production `next start` on it, then measures:
//   1. submissions of the public form (POST /skjema/demre-innspill/send → 303) at 1, 50 and
//      200 concurrent clients for BENCH_SECONDS each: accepted/s, p50, p95, and the ratio to a
//      bare single-row INSERT loop against the same PostgreSQL in the same run;
//   2. the public pages under 50 concurrent clients (front page, process page, form, receipt,
//      «Dette har vi hørt»): p50/p95 each;
//   3. each public page's first-load bytes: HTML + the JavaScript it loads, gzipped.
// BENCH_CPU_PROF=1 runs the server with --cpu-prof and prints where its CPU time went.
// BENCH_SUBMIT=0 skips part 1 (a pages-only run: profile the pages alone), BENCH_PAGES=0 parts 2–3.
// Part 2 also prints each page's cost served alone: server CPU ms and SQL statements per page.
// Each client has its own address (X-Forwarded-For; TRUSTED_PROXIES=1 reads it), so the rate
// limit (20 per hour per client and form) does not refuse the load.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { ensureDatabase, freePort, startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { seedDemoWithUrl } from "../../scripts/lib/seed-runner";
import { stats } from "./support/measure";
import { waitForHealth } from "./support/wait-for-health";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = (process.env.BENCH_CLIENTS ?? "1,50,200").split(",").map(Number);
const PAGE_CLIENTS = Number(process.env.BENCH_PAGE_CLIENTS ?? 50);
const CPU_PROF = process.env.BENCH_CPU_PROF === "1";
const SLUG = "demre-innspill";
// BENCH_PAGES=0 measures the submissions only (no page mix, no bytes).
const PAGES = process.env.BENCH_PAGES !== "0";
const SUBMIT = process.env.BENCH_SUBMIT !== "0";

const say = (s: string) => console.log(s);
const pgDir = path.join(os.tmpdir(), `medvirk-submit-bench-${randomBytes(4).toString("hex")}`);
// Like the e2e server's database (fsync off), plus pg_stat_statements to see what the submit path costs in SQL.
const db = await startEmbeddedDb({ dir: pgDir, persistent: false, settings: { shared_preload_libraries: "pg_stat_statements", track_functions: "pl" } });
await ensureDatabase(db.url("postgres"), "medvirk");
const url = db.url("medvirk");
await migrate(url);
await seedDemoWithUrl(url);
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

const port = Number(process.env.BENCH_PORT ?? (await freePort()));
const BASE = `http://localhost:${port}`;
const profDir = path.join(ROOT, ".data", "cpu-prof");
if (CPU_PROF) {
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
}
const server = spawn(
  process.execPath,
  [...(CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : []), path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port)],
  {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(16).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXIES: "1",
      LOG_LEVEL: "error",
    },
  },
);

/** A refused connection or a dropped answer counts as a failure, not as the end of the bench. */
const fetchOrNull = (u: string, init: RequestInit) => fetch(u, init).catch(() => null);

let address = 0;
const nextAddress = () => {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};
const body = () =>
  new URLSearchParams({
    form: SLUG,
    idempotencyKey: randomUUID(),
    kategori: "NEED",
    innspill: "Bussen til Konnerud går for sjelden på kveldstid, og det er bratt opp fra holdeplassen.",
    alder: "67-79",
    nettsted: "",
  }).toString();

async function submitOnce(): Promise<{ ms: number; ok: boolean; failed?: boolean; receipt?: string }> {
  const t0 = performance.now();
  const res = await fetchOrNull(`${BASE}/skjema/${SLUG}/send`, {
    method: "POST",
    body: body(),
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": nextAddress() },
  });
  if (!res) return { ms: performance.now() - t0, ok: false, failed: true };
  await res.arrayBuffer().catch(() => {});
  const ms = performance.now() - t0;
  return { ms, ok: res.status === 303, failed: res.status >= 500, receipt: res.headers.get("location") ?? undefined };
}

/** `clients` loops calling `fn` for `seconds`; returns latencies and the rate. */
async function load<T extends { ms: number; ok: boolean; failed?: boolean }>(clients: number, seconds: number, fn: () => Promise<T>) {
  const times: number[] = [];
  let accepted = 0;
  let refused = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const r = await fn();
        times.push(r.ms);
        if (r.ok) accepted++;
        else if (r.failed) failed++;
        else refused++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...stats(times), perSecond: Math.round(accepted / elapsed), accepted, refused, failed };
}

/** The bare write the database can do: a single-row INSERT per round trip, `clients` at a time over 10 connections. */
async function bareInserts(clients: number, seconds: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query("CREATE TABLE IF NOT EXISTS bench_bare (id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
  const r = await load(clients, seconds, async () => {
    const t0 = performance.now();
    await pool.query("INSERT INTO bench_bare (text) VALUES ($1)", ["Bussen til Konnerud går for sjelden på kveldstid."]);
    return { ms: performance.now() - t0, ok: true };
  });
  await pool.end();
  return r;
}

async function pageBytes(page: string) {
  const html = await (await fetch(BASE + page)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let js = 0;
  for (const src of scripts) js += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  const htmlGz = gzipSync(Buffer.from(html)).length;
  const flight = [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + m[1]!.length, 0);
  return {
    page,
    htmlKbGz: +(htmlGz / 1024).toFixed(1),
    jsKbGz: +(js / 1024).toFixed(1),
    totalKbGz: +((htmlGz + js) / 1024).toFixed(1),
    inlineRscKb: +(flight / 1024).toFixed(1),
    scripts: scripts.length,
  };
}

/** Self time per package / app file from the server's CPU profile. */
function summariseProfile() {
  const files = readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile"));
  for (const f of files) {
    const prof = JSON.parse(readFileSync(path.join(profDir, f), "utf8")) as {
      nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
      samples: number[];
      timeDeltas: number[];
    };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    if (total < 1e6) continue; // a helper process, not the server
    const bucket = (u: string, fn: string) => {
      if (!u) return fn === "(garbage collector)" || fn === "(idle)" || fn === "(program)" ? fn : "(native)";
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
      if (m) {
        if (m[1] === "next") return `next/${/next\/dist\/([^/]+\/[^/]+)/.exec(u)?.[1] ?? ""}`;
        return m[1]!;
      }
      if (u.startsWith("node:")) return u;
      if (u.includes(".next/server")) return "app bundle (.next/server)";
      return u.replace(/^file:\/\//, "").replace(ROOT, "");
    };
    const sums = new Map<string, number>();
    const fns = new Map<string, number>();
    for (const [id, t] of self) {
      const n = byId.get(id)!;
      const b = bucket(n.callFrame.url, n.callFrame.functionName);
      sums.set(b, (sums.get(b) ?? 0) + t);
      const key = `${n.callFrame.functionName || "(anonymous)"} ${b}`;
      fns.set(key, (fns.get(key) ?? 0) + t);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => ({ where: k, selfMs: Math.round(v / 1000), share: `${((100 * v) / total).toFixed(1)} %` }));
    say(`\nCPU profile of the server (${f}, ${(total / 1e6).toFixed(1)} s sampled): self time by package`);
    console.table(top(sums, 15));
    say("…and by function");
    console.table(top(fns, 20));
  }
}

const ALONE = Number(process.env.BENCH_ALONE ?? 40);
const PAGE_SQL = process.env.BENCH_PAGE_SQL === "1";

/** CPU seconds (user + system) used so far by the server and every process under it, from /proc. */
function serverCpuMs(): number {
  const procs = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of procs) {
    try {
      // Fields after the command's closing parenthesis: state ppid … utime(14) stime(15), 1-based.
      const f = readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]!.split(" ");
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      /* ended meanwhile */
    }
  }
  const mine = (pid: number): boolean => pid === server.pid || (pid > 1 && parent.has(pid) && mine(parent.get(pid)!));
  let ticks = 0;
  for (const [pid, t] of cpu) if (mine(pid)) ticks += t;
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** One page served `ALONE` times in a row: server CPU ms, SQL statements and latency per request. */
async function costAlone(page: string) {
  await admin.query("SELECT pg_stat_statements_reset()");
  const cpu0 = serverCpuMs();
  const times: number[] = [];
  for (let i = 0; i < ALONE; i++) {
    const t0 = performance.now();
    await (await fetch(BASE + page)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  const cpuMs = (serverCpuMs() - cpu0) / ALONE;
  const { rows } = await admin.query<{ query: string; calls: string }>(
    `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%' ORDER BY calls DESC`,
  );
  const statements = rows.reduce((n, r) => n + Number(r.calls), 0) / ALONE;
  if (PAGE_SQL) {
    say(`  ${page}:`);
    for (const r of rows) say(`    ${(Number(r.calls) / ALONE).toFixed(1)} × ${r.query}`);
  }
  const { p50, p95 } = stats(times);
  return { "server CPU ms": +cpuMs.toFixed(1), "SQL statements": +statements.toFixed(1), p50, p95 };
}

/** Thrown to skip the rest of the measurements (BENCH_PAGES=0). */
class Done {}

try {
  await waitForHealth(BASE);
  let receipt = "";
  for (let i = 0; i < 30; i++) receipt = (await submitOnce()).receipt ?? receipt; // warm-up: compiles the route, fills the form cache
  const rows = [];
  say(
    `\nSubmissions: POST /skjema/${SLUG}/send → 303, ${SECONDS} s per row, loopback, production build, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start`,
  );
  await admin.query("SELECT pg_stat_statements_reset()");
  for (const clients of SUBMIT ? CLIENTS : []) {
    const bare = await bareInserts(clients, Math.min(4, SECONDS));
    const sub = await load(clients, SECONDS, async () => {
      const r = await submitOnce();
      if (r.receipt) receipt = r.receipt;
      return r;
    });
    rows.push({
      clients,
      "submissions/s": sub.perSecond,
      p50: sub.p50,
      p95: sub.p95,
      max: sub.max,
      "4xx": sub.refused,
      "5xx": sub.failed,
      "bare INSERT/s": bare.perSecond,
      ratio: `${((100 * sub.perSecond) / bare.perSecond).toFixed(1)} %`,
    });
    console.table(rows.slice(-1));
  }
  if (SUBMIT) await submissionFigures(rows);

  if (!PAGES) throw new Done();
  const receiptPath = new URL(receipt, BASE).pathname;
  const pages = ["/", "/prosesser/demre", `/skjema/${SLUG}`, receiptPath, "/prosesser/demre/dette-har-vi-hort"];
  for (const p of pages) for (let i = 0; i < 5; i++) await (await fetch(BASE + p)).arrayBuffer();
  say(`\nEach public page served alone, ${ALONE} requests one after another: server CPU and SQL statements per page`);
  const alone = [];
  for (const p of pages) alone.push({ page: p, ...(await costAlone(p)) });
  console.table(alone);

  const perPage = new Map<string, number[]>(pages.map((p) => [p, []]));
  const pageFailures = new Map<string, number>();
  let turn = 0;
  const mixed = await load(PAGE_CLIENTS, SECONDS, async () => {
    const p = pages[turn++ % pages.length]!;
    const t0 = performance.now();
    const res = await fetchOrNull(BASE + p, {});
    await res?.arrayBuffer().catch(() => {});
    const ms = performance.now() - t0;
    perPage.get(p)!.push(ms);
    if (!res || res.status >= 500) pageFailures.set(p, (pageFailures.get(p) ?? 0) + 1);
    return { ms, ok: !!res?.ok, failed: !res || res.status >= 500 };
  });
  say(
    `\nPublic pages, ${PAGE_CLIENTS} concurrent clients mixing them, ${SECONDS} s (${mixed.perSecond} pages/s in all), load average ${os.loadavg()[0]!.toFixed(1)} after`,
  );
  console.table(pages.map((p) => ({ page: p, ...stats(perPage.get(p)!), "5xx": pageFailures.get(p) ?? 0 })));

  say("\nFirst-load bytes per public page (HTML + its JavaScript, gzipped; inline RSC = the page's flight data in the HTML, uncompressed)");
  const bytes = [];
  for (const p of [...pages, "/personvern", "/logg-inn"]) bytes.push(await pageBytes(p));
  console.table(bytes);
} catch (error) {
  if (!(error instanceof Done)) throw error;
} finally {
  await admin.end().catch(() => {});
  server.kill("SIGINT");
  await new Promise((r) => server.once("exit", r));
  await db.stop().catch(() => {});
  if (CPU_PROF) summariseProfile();
}
process.exit(0);

async function submissionFigures(rows: Record<string, unknown>[]) {
  console.table(rows);
  const { rows: statements } = await admin.query<{ query: string; calls: string; mean_ms: number; total_ms: number }>(
    `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query, calls, round(mean_exec_time::numeric, 3)::float AS mean_ms, round(total_exec_time::numeric)::float AS total_ms
       FROM pg_stat_statements WHERE query NOT LIKE '%bench_bare%' AND query NOT LIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT 12`,
  );
  say("\npg_stat_statements during the submission runs (top 12 by total time; trigger work is inside the input INSERT)");
  console.table(statements);
  const { rows: fns } = await admin.query(
    `SELECT funcname, calls, round(self_time::numeric)::float AS self_ms, round((self_time / nullif(calls, 0))::numeric, 3)::float AS ms_per_call FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT 8`,
  );
  say("Trigger functions (pg_stat_user_functions, track_functions=pl)");
  console.table(fns);
}
