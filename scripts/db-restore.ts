// `npm run db:restore -- FILE [--replace]`: restores a backup from `npm run db:backup` into
// DATABASE_URL or the embedded database. The target must be empty unless --replace is given
// (then everything in it is dropped first). Stop the app before restoring.
import { restoreDatabase } from "./lib/backup";
import { withDatabase } from "./lib/with-database";

const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
const replace = process.argv.includes("--replace");
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file> [--replace]");
  process.exit(2);
}

try {
  await withDatabase(async (url) => {
    const t0 = Date.now();
    const { manifest, migrationsAfter } = await restoreDatabase(url, file, { replace });
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    console.log(`Restored ${file}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, checksums match (${((Date.now() - t0) / 1000).toFixed(1)} s).`);
    if (migrationsAfter.length) console.log(`Newer migrations applied after the restore: ${migrationsAfter.join(", ")}`);
  });
} catch (error) {
  console.error(`Restore failed, nothing was changed in the data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
