// Rules the database itself enforces: deletes that would lose inputs are refused, the
// migration runner is repeatable and refuses edited migrations, and the health check.
// Database: the demo seed (tests/support/integration-setup.ts).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { isForeignKeyViolation } from "@/lib/errors";
import { checkDatabase } from "@/lib/health";
import { migrate } from "../../scripts/lib/migrate";

const refused = async (p: Promise<unknown>) => {
  try {
    await p;
    return false;
  } catch (e) {
    return isForeignKeyViolation(e);
  }
};

describe("deletes that would lose inputs are refused", () => {
  it("a process with inputs", async () => {
    const demre = await getDb().process.findUniqueOrThrow({ where: { slug: "demre" }, select: { id: true } });
    expect(await refused(getDb().process.delete({ where: { id: demre.id } }))).toBe(true);
    expect(await getDb().input.count({ where: { processId: demre.id } })).toBe(120);
  });

  it("a target group that inputs or activities refer to", async () => {
    const used = await getDb().targetGroup.findFirstOrThrow({ where: { inputs: { some: {} } }, select: { id: true } });
    expect(await refused(getDb().targetGroup.delete({ where: { id: used.id } }))).toBe(true);
  });

  it("a method that activities use", async () => {
    const used = await getDb().method.findFirstOrThrow({ where: { activities: { some: {} } }, select: { id: true } });
    expect(await refused(getDb().method.delete({ where: { id: used.id } }))).toBe(true);
  });

  it("a district that inputs name", async () => {
    const used = await getDb().district.findFirstOrThrow({ where: { inputs: { some: {} } }, select: { id: true } });
    expect(await refused(getDb().district.delete({ where: { id: used.id } }))).toBe(true);
  });
});

describe("migration runner", () => {
  it("applies nothing the second time", async () => {
    // Every migration in the repo was applied to the template; a second run applies none.
    const all = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(all).toBeGreaterThan(1);
    expect(await migrate(process.env.DATABASE_URL!)).toEqual({ applied: [], skipped: all });
  });

  it("refuses a migration that was changed after it was applied", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "medvirk-mig-"));
    mkdirSync(path.join(dir, "20990101000000_probe"));
    writeFileSync(path.join(dir, "20990101000000_probe", "migration.sql"), "CREATE TABLE probe_table (id int);");
    expect(await migrate(process.env.DATABASE_URL!, dir)).toEqual({ applied: ["20990101000000_probe"], skipped: 0 });
    writeFileSync(path.join(dir, "20990101000000_probe", "migration.sql"), "CREATE TABLE probe_table (id bigint);");
    await expect(migrate(process.env.DATABASE_URL!, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration completely", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "medvirk-mig-"));
    mkdirSync(path.join(dir, "20990102000000_broken"));
    writeFileSync(path.join(dir, "20990102000000_broken", "migration.sql"), "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;");
    await expect(migrate(process.env.DATABASE_URL!, dir)).rejects.toThrow(/20990102000000_broken failed/);
    const rows = await getDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half_done'`;
    expect(Number(rows[0]!.n)).toBe(0);
  });
});

describe("health check", () => {
  it("reports the database as ok", async () => {
    expect(await checkDatabase()).toBe("ok");
  });
});
