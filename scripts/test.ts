// `npm test`: type check, lint, unit + integration tests (vitest, real PostgreSQL), a
// production build, the supervisor's recovery checks and the end-to-end tests (Playwright, Debian chromium). Stops at the
// first failing step and ends with one summary line.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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

/**
 * Steps that read the sources only (type check, lint), run side by side: each is mostly one
 * process on one core, so on a 2-core machine together they take about as long as the slower
 * one. Their output is held back and printed per step when both are done.
 */
async function stepsTogether(steps: { title: string; cmd: string; args: string[] }[]) {
  console.log(`\n▶ ${steps.map((s) => s.title).join(" and ")}, side by side`);
  const done = await Promise.all(
    steps.map(
      ({ title, cmd, args }) =>
        new Promise<{ title: string; status: number | null; output: string; seconds: number }>((resolve) => {
          const t0 = Date.now();
          let output = "";
          const child = spawn(cmd, args, {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.stdout.isTTY ? "1" : "0" },
          });
          child.stdout.on("data", (chunk) => (output += chunk));
          child.stderr.on("data", (chunk) => (output += chunk));
          child.on("error", (err) => (output += `${err.message}\n`));
          child.on("close", (status) => resolve({ title, status, output, seconds: (Date.now() - t0) / 1000 }));
        }),
    ),
  );
  for (const r of done) {
    if (r.output.trim()) process.stdout.write(`\n${r.output.trimEnd()}\n`);
    console.log(`  ${r.title}: ${r.status === 0 ? "ok" : "FAILED"} (${r.seconds.toFixed(1)} s)`);
  }
  const failed = done.find((r) => r.status !== 0);
  if (failed) finish(failed.status ?? 1);
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
  for (const file of readdirSync(path.join(ROOT, "test-results")).filter((f) => /^e2e-\d+\.json$/.test(f))) {
    readCounts(`test-results/${file}`, (j) => {
      const s = (j.stats ?? {}) as Record<string, number>;
      return [Number(s.expected ?? 0), Number(s.unexpected ?? 0) + Number(s.flaky ?? 0)];
    });
  }
  console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(code);
}

/**
 * The end-to-end specs in two halves, side by side, each against its own server and its own
 * demo database (E2E_PORT 3100 and 3101, or E2E_BASE_PORT and the next), so they share no state. One run in series leaves a
 * core idle while the browser waits for the server and back (see the README for the step's
 * time). Files are split by their running time in the last measured run (tests/e2e/durations.json,
 * seconds per spec; refresh it from test-results/e2e-*.json when specs change a lot), and a spec
 * not listed there by its size at the listed specs' median seconds per byte. A spec never
 * depends on another spec's data (each half starts from the seed), which this split also checks.
 */
// E2E_BASE_PORT: another pair of ports, so a second checkout can run its halves beside these.
const E2E_BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 3100);

async function e2eInTwoHalves() {
  const dir = path.join(ROOT, "tests/e2e");
  const measured = JSON.parse(readFileSync(path.join(dir, "durations.json"), "utf8")) as Record<string, number>;
  const files = readdirSync(dir).filter((f) => f.endsWith(".spec.ts"));
  const perByte = files
    .filter((f) => measured[f])
    .map((f) => measured[f]! / statSync(path.join(dir, f)).size)
    .sort((a, b) => a - b);
  const median = perByte[Math.floor(perByte.length / 2)] ?? 0.005;
  const specs = files.map((f) => ({ file: `tests/e2e/${f}`, size: measured[f] ?? statSync(path.join(dir, f)).size * median })).sort((a, b) => b.size - a.size);
  const first = { files: [] as string[], size: 0 };
  const second = { files: [] as string[], size: 0 };
  const halves = [first, second];
  for (const spec of specs) {
    const lighter = first.size <= second.size ? first : second;
    lighter.files.push(spec.file);
    lighter.size += spec.size;
  }
  const t0 = Date.now();
  console.log(`\n▶ End-to-end tests (playwright), two halves side by side`);
  const statuses = await Promise.all(
    halves.map(
      (half, i) =>
        new Promise<number | null>((resolve) => {
          const tag = `[e2e ${i + 1}] `;
          const child = spawn(bin("playwright"), ["test", ...half.files], {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CI: "1", E2E_PORT: String(E2E_BASE_PORT + i) },
          });
          // Line by line with a prefix, so the two halves' output can be told apart.
          const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
            let rest = "";
            stream.on("data", (chunk: Buffer) => {
              const lines = (rest + chunk.toString()).split("\n");
              rest = lines.pop() ?? "";
              for (const line of lines) out.write(tag + line + "\n");
            });
            stream.on("end", () => rest && out.write(tag + rest + "\n"));
          };
          relay(child.stdout, process.stdout);
          relay(child.stderr, process.stderr);
          child.on("close", resolve);
        }),
    ),
  );
  const ok = statuses.every((s) => s === 0);
  console.log(`  End-to-end tests (playwright): ${ok ? "ok" : "FAILED"} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) finish(statuses.find((s) => s !== 0) ?? 1);
}

const only = process.argv[2];
rmSync(path.join(ROOT, "test-results"), { recursive: true, force: true });
mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
if (!only || only === "static") {
  await stepsTogether([
    { title: "Type check (tsc --noEmit)", cmd: bin("tsc"), args: ["--noEmit"] },
    { title: "Lint (eslint)", cmd: bin("eslint"), args: [".", "--max-warnings=0"] },
    { title: "Format (prettier --check)", cmd: bin("prettier"), args: ["--check", "."] },
    { title: "Import cycles (scripts/check-cycles.ts)", cmd: bin("tsx"), args: ["scripts/check-cycles.ts"] },
  ]);
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
// `playwright`: only the two halves, on the build that is there (for measuring the specs).
if (only === "playwright") await e2eInTwoHalves();
if (!only || only === "e2e") {
  step("Production build (next build)", bin("next"), ["build"]);
  // kill -9 of the app and of PostgreSQL under `npm start`, a locked data folder, SIGTERM, and
  // the public form while an external database is down (tests/faults/supervisor-check.ts).
  step("Supervisor recovery (npm start, kill -9)", bin("tsx"), ["tests/faults/supervisor-check.ts"]);
  results.passed += 1;
  await e2eInTwoHalves();
}
finish(0);
