// Runs a task against DATABASE_URL, or against the embedded database in .data/pg.
import { ensureDatabase, startEmbeddedDb } from "./embedded-db";
import { LOCAL_DB, LOCAL_PG_PORT, PG_DIR } from "./local-env";

export async function withDatabase(task: (url: string) => Promise<void>): Promise<void> {
  if (process.env.DATABASE_URL) return task(process.env.DATABASE_URL);
  const pg = await startEmbeddedDb({ dir: PG_DIR, port: LOCAL_PG_PORT, persistent: true });
  try {
    await ensureDatabase(pg.url("postgres"), LOCAL_DB);
    await task(pg.url(LOCAL_DB));
  } finally {
    await pg.stop();
  }
}
