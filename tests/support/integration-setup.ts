// Before each integration test file: a fresh database copied from the migrated template,
// and DATABASE_URL pointing at it before any app module opens a connection.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { ensureDatabase } from "../../scripts/lib/embedded-db";

const adminUrl = inject("adminUrl");
const name = `medvirk_t_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, "medvirk_template");
process.env.DATABASE_URL = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789";
(globalThis as { medvirkDb?: unknown }).medvirkDb = undefined;

afterAll(async () => {
  const { getDb } = await import("../../src/lib/db");
  await getDb().$disconnect();
});
