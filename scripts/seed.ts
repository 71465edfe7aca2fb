// `npm run db:seed`: load the DEMRE demo data (idempotent) into DATABASE_URL or the embedded db.
import { migrate } from "./lib/migrate";
import { seedDemoWithUrl } from "./lib/seed-runner";
import { withDatabase } from "./lib/with-database";

await withDatabase(async (url) => {
  await migrate(url);
  const seeded = await seedDemoWithUrl(url);
  console.log(seeded ? "Demo data loaded." : "Demo data already present; nothing changed.");
});
