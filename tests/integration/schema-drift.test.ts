// The Prisma schema and the SQL migrations must describe the same database: every model's
// table and columns (type and nullability) and every enum's values. Fails when someone
// edits one without the other.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectedUdt, readPrismaSchema } from "../support/prisma-schema";

const schema = readPrismaSchema();

describe("schema drift: prisma/schema.prisma vs migrated database", () => {
  it("has exactly the tables the schema declares", async () => {
    const rows = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(rows.map((r) => r.table_name).sort()).toEqual(schema.models.map((m) => m.table).sort());
  });

  it("has the same columns, types and nullability for every model", async () => {
    const rows = await db.$queryRaw<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }[]>`
      SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`;
    const actual = new Map<string, { udt: string; nullable: boolean }>();
    for (const r of rows) actual.set(`${r.table_name}.${r.column_name}`, { udt: r.udt_name, nullable: r.is_nullable === "YES" });
    const expected = new Map<string, { udt: string; nullable: boolean }>();
    for (const m of schema.models) {
      for (const f of m.fields) {
        // Prisma scalar lists are nullable columns with an empty-array default.
        expected.set(`${m.table}.${f.column}`, { udt: expectedUdt(f, schema.enums), nullable: f.optional || f.list });
      }
    }
    const tables = new Set(schema.models.map((m) => m.table));
    const actualForModels = new Map([...actual].filter(([k]) => tables.has(k.split(".")[0]!)));
    expect(Object.fromEntries([...actualForModels].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it("has the same enum types and values", async () => {
    const rows = await db.$queryRaw<{ typname: string; labels: string[] }[]>`
      SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    expect(Object.fromEntries(rows.map((r) => [r.typname, r.labels]))).toEqual(Object.fromEntries(schema.enums));
  });

  it("has a foreign key for every uuid reference column (…Id)", async () => {
    const rows = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT kcu.table_name, kcu.column_name
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`;
    const fks = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const idColumns = schema.models.flatMap((m) =>
      m.fields.filter((f) => f.name.endsWith("Id") && f.nativeType === "Uuid").map((f) => `${m.table}.${f.column}`),
    );
    expect(idColumns.filter((c) => !fks.has(c))).toEqual([]);
  });
});
