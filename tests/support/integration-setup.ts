// Before each integration test file: a fresh database copied from the migrated template,
// and DATABASE_URL pointing at it before any app module opens a connection. A file whose
// source has the line DEMO_DATABASE_MARKER starts from the template with the demo seed
// instead (integration-global-setup.ts): seeding in each such file cost seconds per file.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, expect, inject } from "vitest";
import { ensureDatabase } from "../../scripts/lib/embedded-db";

const DEMO_DATABASE_MARKER = "// Database: the demo seed (tests/support/integration-setup.ts).";
const testFile = expect.getState().testPath;
if (!testFile) throw new Error("integration-setup: no test file path");
const demo = readFileSync(testFile, "utf8").split("\n").includes(DEMO_DATABASE_MARKER);

const adminUrl = inject("adminUrl");
const name = `medvirk_t_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, demo ? "medvirk_demo_template" : "medvirk_template");
process.env.DATABASE_URL = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789";
(globalThis as { medvirkDb?: unknown }).medvirkDb = undefined;

afterAll(async () => {
  const { getDb } = await import("../../src/lib/db");
  await getDb().$disconnect();
});
