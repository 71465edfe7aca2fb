// `npm test`: type check, lint, unit + integration tests (vitest, real PostgreSQL), a
// production build and the end-to-end tests (Playwright, Debian chromium). Stops at the
// first failing step and ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/local-env";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const started = Date.now();
const results = { passed: 0, failed: 0 };

function step(title: string, cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  console.log(`  ${title}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) finish(r.status ?? 1);
}

function readCounts(file: string, pick: (json: Record<string, unknown>) => [number, number]) {
  const full = path.join(ROOT, file);
  if (!existsSync(full)) return;
  const [p, f] = pick(JSON.parse(readFileSync(full, "utf8")));
  results.passed += p;
  results.failed += f;
}

function finish(code: number): never {
  readCounts("test-results/vitest.json", (j) => [Number(j.numPassedTests ?? 0), Number(j.numFailedTests ?? 0)]);
  readCounts("test-results/e2e.json", (j) => {
    const s = (j.stats ?? {}) as Record<string, number>;
    return [Number(s.expected ?? 0), Number(s.unexpected ?? 0) + Number(s.flaky ?? 0)];
  });
  console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(code);
}

const only = process.argv[2];
rmSync(path.join(ROOT, "test-results"), { recursive: true, force: true });
mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
if (!only || only === "static") {
  step("Type check (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
  step("Lint (eslint)", bin("eslint"), [".", "--max-warnings=0"]);
}
if (!only || only === "vitest") {
  step("Unit and integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
  // Guard against a run that "passes" with nothing run (e.g. a config error vitest only reports).
  const report = JSON.parse(readFileSync(path.join(ROOT, "test-results/vitest.json"), "utf8")) as { success?: boolean; numTotalTests?: number };
  if (!report.success || !report.numTotalTests) {
    console.error(`vitest reported success=${report.success} with ${report.numTotalTests ?? 0} tests: treating as a failure`);
    finish(1);
  }
}
if (!only || only === "e2e") {
  step("Production build (next build)", bin("next"), ["build"]);
  step("End-to-end tests (playwright)", bin("playwright"), ["test"], { CI: "1" });
}
finish(0);
