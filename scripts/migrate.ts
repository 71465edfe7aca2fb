// `npm run db:migrate`: apply migrations to DATABASE_URL (or the embedded database).
import { migrate } from "./lib/migrate";
import { withDatabase } from "./lib/with-database";

await withDatabase(async (url) => {
  const { applied, skipped } = await migrate(url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : `Up to date (${skipped} migrations).`);
});
