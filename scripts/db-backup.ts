// `npm run db:backup [-- FILE]`: a consistent backup of DATABASE_URL, or of the embedded
// database (started for the occasion, or the running one of `npm start`), to FILE or
// .data/backups/medvirk-<time>.backup. See scripts/lib/backup.ts for the format.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { DATA_DIR } from "./lib/local-env";
import { withDatabase } from "./lib/with-database";

const target = process.argv[2] ?? path.join(DATA_DIR, "backups", `medvirk-${new Date().toISOString().replace(/[:.]/g, "-")}.backup`);
mkdirSync(path.dirname(path.resolve(target)), { recursive: true });

await withDatabase(
  async (url) => {
    const t0 = Date.now();
    const manifest = await backupDatabase(url, target);
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    console.log(`Backup written: ${target} (${Object.keys(manifest.tables).length} tables, ${rows} rows, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  },
  { allowRunning: true },
);
