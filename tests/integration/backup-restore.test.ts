// npm run db:backup / db:restore round trip: a database with the demo data and extra inputs is
// backed up while it is in use, restored into a fresh database, and every table has the same
// rows (count and checksum computed by PostgreSQL itself); the app's queries work on it, the
// counter tables kept by triggers are not doubled, and a damaged file restores nothing.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { ensureDatabase } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/migrate";
import { createDb } from "../../src/lib/db";
import { DEMO_TEMPLATE_DB } from "../support/integration-global-setup";

const adminUrl = inject("adminUrl");
const urlFor = (name: string) => adminUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
const dir = mkdtempSync(path.join(os.tmpdir(), "medvirk-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)
    ).rows.map((r) => r.t);
    const out: Record<string, string> = {};
    for (const t of tables) {
      const r = await client.query<{ n: string; sum: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum FROM public."${t}" x`,
      );
      out[t] = `${r.rows[0]!.n}:${r.rows[0]!.sum}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe("backup and restore", { timeout: 240_000 }, () => {
  const source = `medvirk_bk_src_${randomBytes(4).toString("hex")}`;
  const target = `medvirk_bk_dst_${randomBytes(4).toString("hex")}`;
  const file = path.join(dir, "round-trip.backup");

  it("restores every table exactly into a fresh database, and the app works on it", async () => {
    // A copy of the run's demo template (migrated and seeded once in integration-global-setup.ts).
    await ensureDatabase(adminUrl, source, DEMO_TEMPLATE_DB);
    await migrate(urlFor(source));
    const manifest = await backupDatabase(urlFor(source), file);
    expect(Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(100);

    await ensureDatabase(adminUrl, target);
    const { migrationsAfter } = await restoreDatabase(urlFor(target), file);
    expect(migrationsAfter).toEqual([]);

    const [before, after] = await Promise.all([fingerprint(urlFor(source)), fingerprint(urlFor(target))]);
    expect(Object.keys(after).length).toBeGreaterThan(20);
    // Every table as it was, but the public pages' cache version, which must move past any
    // version an app instance could have cached (lib/public-cache.ts).
    const version = async (url: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return BigInt((await client.query<{ v: string }>("SELECT version::text AS v FROM public_content_version")).rows[0]!.v);
      } finally {
        await client.end();
      }
    };
    const [sourceVersion, targetVersion] = await Promise.all([version(urlFor(source)), version(urlFor(target))]);
    expect(targetVersion).toBeGreaterThan(sourceVersion + 1_000_000n);
    delete before.public_content_version;
    delete after.public_content_version;
    expect(after).toEqual(before);

    // Migrations check and the app's own client on the restored database.
    expect((await migrate(urlFor(target))).applied).toEqual([]);
    const db = createDb(urlFor(target));
    try {
      const inputs = await db.input.count();
      expect(inputs).toBe(Number(before.input!.split(":")[0]));
      // Sequences continue after the restored rows: a new audit row gets a fresh id.
      const user = await db.user.findFirstOrThrow({ select: { id: true } });
      await db.auditLog.create({ data: { actorId: user.id, action: "restore.check", entityType: "test", details: {} } });
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a non-empty target unless told to replace it", async () => {
    await expect(restoreDatabase(urlFor(target), file)).rejects.toThrow(/already has \d+ tables/);
    await restoreDatabase(urlFor(target), file, { replace: true });
    expect((await fingerprint(urlFor(target))).input).toEqual((await fingerprint(urlFor(source))).input);
  });

  it("a damaged backup restores nothing", async () => {
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    // Change one character inside the input table's rows.
    const at = text.indexOf("\n", text.indexOf('@@table {"name":"input"')) + 20;
    const broken = text.slice(0, at) + (text[at] === "x" ? "y" : "x") + text.slice(at + 1);
    const damaged = path.join(dir, "damaged.backup");
    writeFileSync(damaged, gzipSync(broken));
    const fresh = `medvirk_bk_bad_${randomBytes(4).toString("hex")}`;
    await ensureDatabase(adminUrl, fresh);
    await expect(restoreDatabase(urlFor(fresh), damaged)).rejects.toThrow();
    const rows = await fingerprint(urlFor(fresh));
    expect([rows.input, rows.process]).toEqual(["0:null", "0:null"]);
  });
});
