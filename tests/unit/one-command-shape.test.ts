// Issue #19: one way to write a command. Every commands.ts builds its gate definitions with
// `command` / `rowCommands` (src/lib/command.ts) instead of spelling out the object literal
// { permission, schema, run, audit } again, which `duplicates` counted as ~60 pairs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { command, rowCommands } from "@/lib/command";

const FEATURES = path.resolve(import.meta.dirname, "../../src/features");
const commandFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? commandFiles(full) : name === "commands.ts" ? [full] : [];
  });

describe("one command shape", () => {
  it("no commands.ts writes a gate definition as an object literal", () => {
    const found = commandFiles(FEATURES).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      const rel = path.relative(FEATURES, f);
      return [
        ...(/^\s*permission:/m.test(text) ? [`${rel}: permission:`] : []),
        ...(/satisfies (Def|ActionDefinition)</.test(text) ? [`${rel}: satisfies`] : []),
      ];
    });
    expect(commandFiles(FEATURES).length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it("a row command audits the row the service returns, under its process (else the input's)", () => {
    const schema = z.object({ processId: z.string() });
    const def = rowCommands("process.update", "phase")(
      schema,
      async () => ({ id: "row-1" }),
      (_r, input) => ({ from: input.processId }),
    );
    expect(def.permission).toBe("process.update");
    expect(def.audit!({ processId: "p-1" }, { id: "row-1" })).toEqual({ entityType: "phase", entityId: "row-1", processId: "p-1", details: { from: "p-1" } });
    const own = rowCommands("input.triage", "input")(schema, async () => ({ id: "i-1", processId: "p-2" }));
    expect(own.audit!({ processId: "p-1" }, { id: "i-1", processId: "p-2" })).toEqual({ entityType: "input", entityId: "i-1", processId: "p-2", details: {} });
  });

  it("a read has no audit, and the service gets the transaction, the input and the actor", async () => {
    const seen: unknown[] = [];
    const def = command("population.manage", z.object({}), async (tx, input, actor) => seen.push(tx, input, actor.id));
    expect(def.audit).toBeUndefined();
    const actor = { id: "a-1", role: "ADMIN" as const, name: "A", email: "a@test.no", partyId: null };
    await def.run({ tx: "tx" as never, input: {}, actor, requestId: "r" });
    expect(seen).toEqual(["tx", {}, "a-1"]);
  });
});
