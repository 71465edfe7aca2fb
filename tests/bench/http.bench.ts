// `npm run bench`: response times of the app's pages on a production build with the demo
// data, measured from this machine over loopback. Prints figures; does not pass or fail.
// Needs `next build` first (npm run bench does it).
import { spawn } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { waitForHealth } from "./support/wait-for-health";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://localhost:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const ROOT = path.resolve(import.meta.dirname, "../..");

const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/e2e-server.ts")], {
  cwd: ROOT,
  env: { ...process.env, E2E_PORT: String(PORT) },
  stdio: "ignore",
});

async function measure(url: string, init?: RequestInit) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t0 = performance.now();
        const res = await fetch(BASE + url, { ...init, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
  return { url, n: times.length, p50: pct(50), p95: pct(95), max: times.at(-1)!.toFixed(1), rps: (times.length / total).toFixed(0) };
}

try {
  await waitForHealth(BASE);
  for (let i = 0; i < 20; i++) await fetch(`${BASE}/`); // warm-up
  const rows = [];
  for (const url of ["/api/health", "/", "/prosesser/demre", "/personvern", "/logg-inn"]) rows.push(await measure(url));
  console.log(`\nHTTP, ${REQUESTS} requests per URL, ${CONCURRENCY} concurrent, loopback, production build, demo data`);
  console.table(rows);
} finally {
  server.kill("SIGTERM");
}
