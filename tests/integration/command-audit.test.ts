// What every registered command writes to the audit log, pinned in a snapshot: the entity type,
// where the entity and process ids come from (the command's input or its result), and each
// detail's key with where its value comes from (or the literal the command wrote). The short command forms in
// src/lib/command.ts must write the same entries as the object literals they replaced; this
// test recorded the entries of the old definitions and fails when one of them changes.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import type { Role } from "@/generated/prisma/enums";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { PERMISSIONS } from "@/lib/permissions";
import { COMMAND_FIXTURES } from "../support/command-fixtures";
import { createUser } from "../support/factories";

let adminId: string;
beforeAll(async () => {
  adminId = (await createUser("ADMIN")).id;
});

type Plain = Record<string, unknown>;

/** Where a value comes from: a key of the input or the result holding the same value, else its type. */
function origin(value: unknown, input: Plain, result: Plain, actorId: string): string {
  if (value === null || value === undefined) return String(value);
  if (value === actorId) return "actor.id";
  const same = (v: unknown) => v !== null && v !== undefined && JSON.stringify(v) === JSON.stringify(value);
  const fromResult = Object.keys(result).find((k) => same(result[k]));
  if (fromResult && typeof value !== "boolean") return `result.${fromResult}`;
  const fromInput = Object.keys(input).find((k) => same(input[k]));
  if (fromInput && typeof value !== "boolean") return `input.${fromInput}`;
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  // A literal written by the command itself ("create", "MANUAL"); ids and times only by their kind.
  // (a fixture's random year is a number, so text with digits is also only its kind).
  if (typeof value === "string") return /\d/.test(value) ? "text-with-digits" : JSON.stringify(value);
  return Array.isArray(value) ? "array" : typeof value;
}

describe("every command's audit entry", () => {
  for (const [name, def] of Object.entries(COMMANDS)) {
    it(name, async () => {
      const role = (PERMISSIONS[def.permission] as readonly Role[])[0]!;
      const actorId = (await createUser(role)).id;
      const input = await COMMAND_FIXTURES[name]!({ adminId, actorId });
      const state = await runAction(def, { userId: actorId, input });
      expect(state.status, JSON.stringify(state)).toBe("success");
      const result = (state.status === "success" && state.data && typeof state.data === "object" ? state.data : {}) as Plain;
      const entry = await db.auditLog.findFirstOrThrow({
        where: { actorId, action: def.permission },
        select: { entityType: true, entityId: true, processId: true, details: true },
      });
      const details = (entry.details ?? {}) as Plain;
      const shape = {
        entityType: entry.entityType,
        entityId: origin(entry.entityId, input, result, actorId),
        processId: origin(entry.processId, input, result, actorId),
        details: Object.fromEntries(
          Object.keys(details)
            .sort()
            .map((k) => [k, origin(details[k], input, result, actorId)]),
        ),
      };
      expect(shape).toMatchSnapshot();
    });
  }
});
