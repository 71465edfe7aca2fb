// One throwaway PostgreSQL for the whole integration run, with a migrated template database
// and a copy of it with the demo seed; every test file gets its own copy of one of the two
// (see integration-setup.ts). The demo seed takes seconds (minutes under load): seeded once
// here instead of in each file that starts from the demo.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { seedDemoWithUrl } from "../../scripts/lib/seed-runner";

export const TEMPLATE_DB = "medvirk_template";
export const DEMO_TEMPLATE_DB = "medvirk_demo_template";

/** The demo template, made afresh from the migrated one (an external server keeps old ones). */
async function demoTemplate(adminUrl: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${DEMO_TEMPLATE_DB}"`);
  } finally {
    await client.end();
  }
  await ensureDatabase(adminUrl, DEMO_TEMPLATE_DB, TEMPLATE_DB);
  if (!(await seedDemoWithUrl(adminUrl.replace(/\/[^/?]+(\?|$)/, `/${DEMO_TEMPLATE_DB}$1`)))) throw new Error("the demo template was seeded already");
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    // An existing Postgres (e.g. in a pipeline): admin URL to a maintenance db.
    const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
    const templateUrl = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${TEMPLATE_DB}$1`);
    await ensureDatabase(adminUrl, TEMPLATE_DB);
    await migrate(templateUrl);
    await demoTemplate(adminUrl);
    project.provide("adminUrl", adminUrl);
    return;
  }
  const dir = path.join(os.tmpdir(), `medvirk-it-${randomBytes(4).toString("hex")}`);
  const pg = await startEmbeddedDb({ dir, persistent: false });
  await ensureDatabase(pg.url("postgres"), TEMPLATE_DB);
  await migrate(pg.url(TEMPLATE_DB));
  await demoTemplate(pg.url("postgres"));
  project.provide("adminUrl", pg.url("postgres"));
  return async () => {
    await pg.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
