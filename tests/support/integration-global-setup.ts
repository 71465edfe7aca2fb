// One throwaway PostgreSQL for the whole integration run, with a migrated template database;
// every test file gets its own copy of the template (see integration-setup.ts).
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const TEMPLATE_DB = "medvirk_template";

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    // An existing Postgres (e.g. in a pipeline): admin URL to a maintenance db.
    const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
    const templateUrl = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${TEMPLATE_DB}$1`);
    await ensureDatabase(adminUrl, TEMPLATE_DB);
    await migrate(templateUrl);
    project.provide("adminUrl", adminUrl);
    return;
  }
  const dir = path.join(os.tmpdir(), `medvirk-it-${randomBytes(4).toString("hex")}`);
  const pg = await startEmbeddedDb({ dir, persistent: false });
  await ensureDatabase(pg.url("postgres"), TEMPLATE_DB);
  await migrate(pg.url(TEMPLATE_DB));
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
