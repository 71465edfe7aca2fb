// The server Playwright tests run against: a production build (`next build` must have run)
// on a throwaway embedded PostgreSQL with the demo seed. Stops the database on exit.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { ensureDatabase, startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate";
import { seedDemoWithUrl } from "./lib/seed-runner";
import { ROOT } from "./lib/local-env";

const port = Number(process.env.E2E_PORT ?? 3100);
const pg = await startEmbeddedDb({ dir: path.join(os.tmpdir(), `medvirk-e2e-${randomBytes(4).toString("hex")}`), persistent: false });
await ensureDatabase(pg.url("postgres"), "medvirk");
const url = pg.url("medvirk");
await migrate(url);
await seedDemoWithUrl(url);

const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: "e2e-secret-" + randomBytes(16).toString("hex"),
    MEDVIRK_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
const stop = async () => {
  child.kill("SIGTERM");
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async () => {
  await pg.stop().catch(() => {});
  process.exit(0);
});
