// A small reader of prisma/schema.prisma (models, scalar fields, enums, @map/@@map), enough
// for the drift test to compare the schema with the migrated database. Prisma's own DMMF
// reader needs its schema engine, which is not installable on every machine.
import { readFileSync } from "node:fs";
import path from "node:path";

export type SchemaField = { name: string; column: string; type: string; optional: boolean; list: boolean; nativeType?: string };
export type SchemaModel = { name: string; table: string; fields: SchemaField[] };
export type SchemaInfo = { models: SchemaModel[]; enums: Map<string, string[]> };

export function readPrismaSchema(file = path.resolve(import.meta.dirname, "../../prisma/schema.prisma")): SchemaInfo {
  const text = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  const enums = new Map<string, string[]>();
  for (const m of text.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums.set(
      m[1]!,
      m[2]!.split(/\s+/).filter((v) => /^\w+$/.test(v)),
    );
  }
  const models: SchemaModel[] = [];
  for (const m of text.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)\n\}/g)) {
    const name = m[1]!;
    const body = m[2]!;
    const table = body.match(/@@map\("([^"]+)"\)/)?.[1] ?? name;
    const fields: SchemaField[] = [];
    for (const line of body.split("\n").map((l) => l.trim())) {
      // Unsupported("tsvector") is a column Prisma cannot read; its udt is the quoted name.
      const f = line.match(/^(\w+)\s+(Unsupported\("\w+"\)|\w+)(\[\])?(\?)?(.*)$/);
      if (!f || line.startsWith("@@")) continue;
      const [, fname, rawType, list, optional, rest] = f;
      const type = rawType!.startsWith("Unsupported") ? rawType!.slice(13, -2) : rawType;
      const isScalar =
        rawType!.startsWith("Unsupported") ||
        ["String", "Int", "BigInt", "Boolean", "DateTime", "Json", "Decimal", "Float", "Bytes"].includes(type!) ||
        enums.has(type!);
      if (!isScalar) continue; // relation fields have no column
      fields.push({
        name: fname!,
        column: rest!.match(/@map\("([^"]+)"\)/)?.[1] ?? fname!,
        type: type!,
        optional: Boolean(optional),
        list: Boolean(list),
        nativeType: rest!.match(/@db\.(\w+)/)?.[1],
      });
    }
    models.push({ name, table, fields });
  }
  return { models, enums };
}

/** The Postgres `udt_name` a Prisma field maps to. */
export function expectedUdt(f: SchemaField, enums: Map<string, string[]>): string {
  if (enums.has(f.type)) return f.list ? `_${f.type}` : f.type;
  const base =
    {
      String: f.nativeType === "Uuid" ? "uuid" : "text",
      Int: "int4",
      BigInt: "int8",
      Boolean: "bool",
      DateTime: f.nativeType === "Date" ? "date" : "timestamptz",
      Json: "jsonb",
      Decimal: "numeric",
      Float: "float8",
      Bytes: "bytea",
    }[f.type] ?? f.type;
  return f.list ? `_${base}` : base;
}
