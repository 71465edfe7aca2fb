// Runs a task against DATABASE_URL, or against the embedded database in .data/pg. With
// allowRunning, a running `npm start` is used as it is (a backup while the app serves);
// otherwise a running instance is an error (a restore must not happen under the app).
import { ensureDatabase, readLock, startEmbeddedDb } from "./embedded-db";
import { LOCAL_DB, LOCAL_PG_PORT, PG_DIR } from "./local-env";

export async function withDatabase(task: (url: string) => Promise<void>, opts: { allowRunning?: boolean } = {}): Promise<void> {
  if (process.env.DATABASE_URL) return task(process.env.DATABASE_URL);
  const lock = readLock(PG_DIR);
  if (lock?.state === "running" && opts.allowRunning) {
    return task(`postgresql://medvirk:medvirk-local@localhost:${lock.port ?? LOCAL_PG_PORT}/${LOCAL_DB}`);
  }
  const pg = await startEmbeddedDb({ dir: PG_DIR, port: LOCAL_PG_PORT, persistent: true });
  try {
    await ensureDatabase(pg.url("postgres"), LOCAL_DB);
    await task(pg.url(LOCAL_DB));
  } finally {
    await pg.stop();
  }
}
