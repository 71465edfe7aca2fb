// Every audit entry reads as words in every staff language: runs EVERY registered command once
// (as a role allowed to), plus the entries written outside the gate (the inbox export), and
// checks that describeAuditEntry() finds a text for the action, the entity, every detail key
// that is not an id, and every enum value — so a new command without a text fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { CODED_KEYS, describeAuditEntry, isHiddenKey, type AuditTranslator } from "@/features/audit/describe-audit-entry";
import { COMMANDS } from "@/features/commands";
import { exportInputs } from "@/features/inputs/transfer/export-inputs";
import { SCREENING_FLAGS } from "@/features/knowledge/screening/screen";
import * as Enums from "@/generated/prisma/enums";
import type { Role } from "@/generated/prisma/enums";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { PERMISSIONS, type Permission } from "@/lib/permissions";
import { COMMAND_FIXTURES } from "../support/command-fixtures";
import { createUser } from "../support/factories";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
// Raw codes a person should never read: any enum value (SINGLE_CHOICE, PUBLISHED), any
// UPPER_SNAKE code, or a permission name like form.manage.
const ENUM_VALUES = Object.values(Enums)
  .flatMap((e) => Object.values(e as Record<string, string>))
  .filter((v) => /^[A-Z][A-Z0-9_]+$/.test(v));
const RAW = new RegExp(
  `\\b(${ENUM_VALUES.join("|")})\\b|\\b[A-Z]{2,}_[A-Z0-9_]+\\b|${Object.keys(PERMISSIONS)
    .map((p) => p.replace(".", "\\."))
    .join("|")}`,
);
type Row = { action: string; entityType: string; details: unknown };
const rows: Row[] = [];
const scoped = (locale: "nb" | "nn" | "en"): AuditTranslator => {
  const t = translator(locale);
  const f = ((key: string, values?: Record<string, string | number>) => t(`audit.${key}`, values)) as AuditTranslator;
  f.has = (key: string) => t.has(`audit.${key}`);
  return f;
};

beforeAll(async () => {
  const admin = (await createUser("ADMIN")).id;
  for (const [name, def] of Object.entries(COMMANDS)) {
    const role = (PERMISSIONS[def.permission as Permission] as readonly Role[])[0]!;
    const actor = (await createUser(role)).id;
    const input = await COMMAND_FIXTURES[name]!({ adminId: admin, actorId: actor });
    const state = await runAction(def, { userId: actor, input });
    expect(state, `${name}: ${JSON.stringify(state)}`).toMatchObject({ status: "success" });
  }
  await exportInputs({ id: admin }, {} as never, "csv", "nb");
  rows.push(...(await db.auditLog.findMany({ select: { action: true, entityType: true, details: true } })));
}, 600_000);

describe("audit entries in words", () => {
  it("every command wrote an entry to describe", () => {
    expect(new Set(rows.map((r) => r.action)).size).toBeGreaterThan(10);
  });

  for (const locale of ["nb", "nn", "en"] as const) {
    it(`${locale}: every action, entity, detail key and enum value has a text; no raw key or id is shown`, () => {
      const t = scoped(locale);
      const missing = new Set<string>();
      for (const row of rows) {
        const specific = t.has(`actions.${row.action.replace(/\./g, "_")}_${row.entityType}`);
        if (!specific && !t.has(`actions.${row.action.replace(/\./g, "_")}`)) missing.add(`actions.${row.action.replace(/\./g, "_")}`);
        if (!specific && !t.has(`entities.${row.entityType}`)) missing.add(`entities.${row.entityType}`);
        const details = (row.details ?? {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(details)) {
          if (isHiddenKey(key)) continue;
          if (!t.has(`fields.${key}`)) missing.add(`fields.${key}`);
          for (const v of Array.isArray(value) ? value : [value]) {
            if (typeof v === "string" && /^[A-Z][A-Z0-9_]*$/.test(v) && !t.has(`enums.${key}.${v}`) && !t.has(`enums.any.${v}`)) missing.add(`enums.any.${v}`);
          }
        }
      }
      expect([...missing].sort()).toEqual([]);
      // Coded values ("preview", "up") need a text of their own, like enums.
      const codes = new Set<string>();
      for (const row of rows) {
        for (const [key, value] of Object.entries((row.details ?? {}) as Record<string, unknown>)) {
          if ((CODED_KEYS as readonly string[]).includes(key) && typeof value === "string" && !t.has(`enums.${key}.${value}`))
            codes.add(`enums.${key}.${value}`);
        }
      }
      expect([...codes].sort()).toEqual([]);
      for (const row of rows) {
        const text = describeAuditEntry(t, row);
        const shown = [text.action, ...text.details].join(" | ");
        expect(shown, JSON.stringify(row)).not.toMatch(UUID);
        expect(shown, JSON.stringify(row)).not.toMatch(RAW);
      }
    });
  }

  it("every value of every enum has a text in nb and en (so a value no fixture wrote is covered too)", () => {
    for (const locale of ["nb", "en"] as const) {
      const t = scoped(locale);
      expect(ENUM_VALUES.filter((v) => !t.has(`enums.any.${v}`)).map((v) => `${locale} ${v}`)).toEqual([]);
    }
  });

  it("every screening flag an input can carry has a name in nb and en (never «Annet: code»)", () => {
    for (const locale of ["nb", "en"] as const) {
      const t = translator(locale);
      for (const flag of [...SCREENING_FLAGS, "needs-moderation"]) expect(t.has(`knowledgeModeration.flag.${flag}`), `${locale} ${flag}`).toBe(true);
      expect(t("knowledgeModeration.flag.other")).not.toContain("{flag}");
    }
  });

  it("every permission that writes has a sentence in nb and en", () => {
    for (const locale of ["nb", "en"] as const) {
      const t = scoped(locale);
      const written = new Set(rows.map((r) => r.action));
      for (const p of Object.keys(PERMISSIONS).filter((x) => written.has(x))) expect(t.has(`actions.${p.replace(/\./g, "_")}`), `${locale} ${p}`).toBe(true);
    }
  });
});
