// `npx tsx tests/bench/staff-pages.bench.ts [--reuse] [--seconds 60]` (after `next build`): issue
// #20's «pages under load» for the signed-in staff. A production `next start` against the cached
// bench database (support/bench-db.ts: 1 000 000 generated inputs, BENCH_PG_PORT/BENCH_PG_DIR),
// loopback only, bounded in time. Ten clients sign in once each through Auth.js's own credentials
// endpoint (CSRF token, then the form post; the session cookie is kept) — seven administrators,
// two group leaders, one politician — and for BENCH_SECONDS each requests its role's pages in turn:
// the inbox (first page, a filtered page, a page further on by its keyset cursor), search (words
// from /work/shared/data), the triage queue, the knowledge report, the group leaders' dashboard
// and method comparison, and the admin dashboard. Prints per page p50, p95, max, count and 5xx
// (goal: p95 < 300 ms each), then each page's SQL statements per request (pg_stat_statements
// calls, one page at a time with nothing else running) and the top statements of the load run.
// Figures go to tests/bench/results/staff-pages.json.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startBenchDb } from "./support/bench-db";
import { stats } from "./support/measure";
import { waitForHealth } from "./support/wait-for-health";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RESULTS = path.join(import.meta.dirname, "results");
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const COUNT = Number(flag("count") ?? process.env.BENCH_INPUTS ?? 1_000_000);
const SECONDS = Number(flag("seconds") ?? process.env.BENCH_SECONDS ?? 60);
const GOAL_MS = 300;
/** A request still unanswered after this long counts as failed (status 0), so the run stays bounded. */
const REQUEST_TIMEOUT_MS = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 20_000);
const PASSWORD = "demo-medvirk";
const say = (s: string) => console.log(s);

const loadAtStart = os.loadavg();
const bench = await startBenchDb({
  count: COUNT,
  rebuild: argv.includes("--rebuild"),
  reuse: argv.includes("--reuse"),
  settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" },
});
const admin = new pg.Client({ connectionString: bench.url });
await admin.connect();
await admin.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
const shape = (
  await admin.query<{ inputs: number; visible: number; demre: string }>(
    `SELECT (SELECT count(*) FROM input)::int AS inputs, (SELECT count(*) FROM input WHERE NOT is_hidden)::int AS visible,
            (SELECT id FROM process WHERE slug = 'demre') AS demre`,
  )
).rows[0]!;
say(`Bench data: ${shape.inputs.toLocaleString("en")} inputs (${shape.visible.toLocaleString("en")} visible)`);

// A page further on: the cursor of the 2 000th visible input, newest first (page 41 of 50).
const deep = (
  await admin.query<{ submitted_at: Date; id: string }>(
    `SELECT submitted_at, id FROM input WHERE NOT is_hidden ORDER BY submitted_at DESC, id DESC OFFSET 2000 LIMIT 1`,
  )
).rows[0]!;
const deepCursor = `${deep.submitted_at.toISOString()}_${deep.id}`;
// Words people write about (from /work/shared/data/innspill-eksempel.csv), one to three at a time.
const WORDS = ["buss", "eldre", "ungdom fritidsklubb", "trafikk", "møteplass", "skolevei", "bratt holdeplass", "aktiviteter helg"];

type PageDef = { name: string; path: (i: number) => string };
const PAGES: Record<string, PageDef> = {
  inbox: { name: "inbox, first page", path: () => "/admin/innspill" },
  inboxFiltered: { name: "inbox, filtered (DEMRE, «Behov»)", path: () => `/admin/innspill?prosess=${shape.demre}&kategori=NEED` },
  inboxDeep: { name: "inbox, page 41 by cursor", path: () => `/admin/innspill?etter=${encodeURIComponent(deepCursor)}` },
  search: { name: "search", path: (i) => `/admin/kunnskapsbase/sok?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}` },
  triage: { name: "triage queue", path: () => "/admin/kunnskapsbase" },
  report: { name: "knowledge report, DEMRE", path: () => "/kunnskapsgrunnlag/prosess/demre" },
  dashboard: { name: "group leaders' dashboard, DEMRE", path: () => "/gruppeleder/prosesser/demre" },
  methods: { name: "method comparison", path: () => "/gruppeleder/metoder" },
  adminHome: { name: "admin dashboard", path: () => "/admin" },
};
type PageKey = keyof typeof PAGES;
const ALL = Object.keys(PAGES) as PageKey[];
const CLIENTS: { email: string; pages: PageKey[] }[] = [
  ...Array.from({ length: 7 }, () => ({ email: "admin@medvirk.test", pages: ALL })),
  ...Array.from({ length: 2 }, () => ({ email: "gruppeleder@medvirk.test", pages: ["report", "dashboard", "methods"] as PageKey[] })),
  { email: "politiker@medvirk.test", pages: ["methods"] },
];

const port = Number(process.env.BENCH_PORT ?? 3425);
const BASE = `http://localhost:${port}`;
// BENCH_CPU_PROF_DIR=<dir>: the server writes a V8 CPU profile there when it stops (where its CPU went).
const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
const server = spawn(process.execPath, [...profile, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
  cwd: ROOT,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    DATABASE_URL: bench.url,
    AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
    NEXT_TELEMETRY_DISABLED: "1",
    TRUSTED_PROXIES: "1",
    LOG_LEVEL: "error",
  },
});

/** Cookie jar of one client: name → value, from Set-Cookie headers. */
type Jar = Map<string, string>;
const remember = (jar: Jar, res: Response) => {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
};
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs one client in through Auth.js's credentials endpoint, as the sign-in form's action does. */
async function signIn(email: string, address: string): Promise<Jar> {
  const jar: Jar = new Map();
  const headers = { "x-forwarded-for": address };
  const csrf = await fetch(`${BASE}/api/auth/csrf`, { headers });
  remember(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: `${BASE}/` }).toString(),
  });
  await res.arrayBuffer();
  remember(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed (${res.status} ${res.headers.get("location")})`);
  return jar;
}

async function get(jar: Jar, address: string, url: string) {
  const t0 = performance.now();
  const res = await fetch(BASE + url, {
    redirect: "manual",
    headers: { cookie: cookieHeader(jar), "x-forwarded-for": address },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }).catch(() => null);
  const body = res ? await res.text().catch(() => "") : "";
  return { ms: performance.now() - t0, status: res?.status ?? 0, body };
}

const callsSoFar = async () =>
  Number(
    (await admin.query<{ n: string }>(`SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`)).rows[0]!.n,
  );

try {
  await waitForHealth(BASE);
  // One at a time: ten argon2 verifications side by side, while the facet index loads, outlast
  // the sign-in's transaction timeout on two busy cores.
  const sessions = [];
  // Just after start the facet index's full load holds the pool for a while: try again then.
  const signInRetrying = async (email: string, address: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await signIn(email, address);
      } catch (error) {
        if (attempt === 6) throw error;
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }
  };
  for (const [i, c] of CLIENTS.entries()) sessions.push({ ...c, address: `10.20.0.${i + 1}`, jar: await signInRetrying(c.email, `10.20.0.${i + 1}`) });
  const adminSession = sessions[0]!;
  // Every page answers 200 for its role (a redirect would mean a lost session, not a fast page).
  for (const key of ALL) {
    const who = sessions.find((s) => s.pages.includes(key))!;
    const r = await get(who.jar, who.address, PAGES[key]!.path(0));
    if (r.status >= 500 || r.status === 0) say(`  (warm-up: ${PAGES[key]!.path(0)} answered ${r.status} after ${Math.round(r.ms)} ms)`);
    else if (r.status !== 200) throw new Error(`${PAGES[key]!.path(0)} answered ${r.status} for ${who.email}`);
  }
  // Warm-up: compiles nothing (production) but fills the facet index and the server's caches.
  for (let round = 0; round < 2; round++) for (const key of ALL) await get(adminSession.jar, adminSession.address, PAGES[key]!.path(round));

  say(
    `\nStaff pages, ${CLIENTS.length} signed-in clients (7 admin, 2 group leaders, 1 politician), ${SECONDS} s, loopback, production build, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" / ")} at start`,
  );
  await admin.query("SELECT pg_stat_statements_reset()");
  const times = new Map<PageKey, number[]>(ALL.map((k) => [k, []]));
  const failures = new Map<PageKey, number>();
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s, ci) => {
      let turn = ci; // clients start at different pages
      while (performance.now() < end) {
        const key = s.pages[turn % s.pages.length]!;
        const r = await get(s.jar, s.address, PAGES[key]!.path(turn++));
        times.get(key)!.push(r.ms);
        if (r.status >= 500 || r.status === 0) failures.set(key, (failures.get(key) ?? 0) + 1);
        else if (r.status !== 200) throw new Error(`${PAGES[key]!.path(turn)} answered ${r.status} for ${s.email}`);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const requests = [...times.values()].reduce((n, t) => n + t.length, 0);
  const { rows: top } = await admin.query<{ query: string; calls: string; mean_ms: number; total_ms: number }>(
    `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls, round(mean_exec_time::numeric, 1)::float AS mean_ms,
            round(total_exec_time::numeric)::float AS total_ms
       FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 15`,
  );
  const loadAtEnd = os.loadavg();
  const summary = (queries: Map<PageKey, number>) =>
    ALL.map((key) => {
      const s = stats(times.get(key)!);
      return {
        page: PAGES[key]!.name,
        n: s.n,
        p50: s.p50,
        p95: s.p95,
        max: s.max,
        "5xx": failures.get(key) ?? 0,
        queries: queries.get(key) ?? null,
        goal: s.p95 < GOAL_MS ? "ok" : "OVER",
      };
    });
  say(
    `${requests} pages in ${elapsed.toFixed(0)} s (${(requests / elapsed).toFixed(1)} pages/s); p95 goal < ${GOAL_MS} ms each; 5xx includes no answer within ${REQUEST_TIMEOUT_MS / 1000} s`,
  );
  console.table(summary(new Map()));

  // Queries per request, one page at a time with the clients stopped (background work — the
  // facet index's sync, the mail worker — may add a call now and then).
  const perRequest = new Map<PageKey, number>();
  for (const key of ALL) {
    const who = sessions.find((s) => s.pages.includes(key))!;
    const before = await callsSoFar();
    const n = 2;
    for (let i = 0; i < n; i++) await get(who.jar, who.address, PAGES[key]!.path(i));
    perRequest.set(key, Math.round(((await callsSoFar()) - before) / n));
  }

  const rows = summary(perRequest);
  say("\n| page | n | p50 ms | p95 ms | max ms | 5xx | queries | |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const r of rows) say(`| ${r.page} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} | ${r["5xx"]} | ${r.queries} | ${r.goal} |`);
  say(`\npg_stat_statements during the load run (top 15 by total time)`);
  console.table(top);
  say(
    `Load average (1/5/15 min): start ${loadAtStart.map((x) => x.toFixed(2)).join(" / ")}, end ${loadAtEnd.map((x) => x.toFixed(2)).join(" / ")}; ${os.cpus().length} cores`,
  );
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    path.join(RESULTS, "staff-pages.json"),
    `${JSON.stringify({ at: new Date().toISOString(), count: COUNT, seconds: SECONDS, clients: CLIENTS.length, loadAverage: { start: loadAtStart, end: loadAtEnd }, rows, top }, null, 2)}\n`,
  );
} finally {
  await admin.end().catch(() => {});
  server.kill("SIGINT");
  await new Promise((r) => server.once("exit", r));
  await bench.stop().catch(() => {});
}
process.exit(0);
