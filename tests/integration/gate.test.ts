// The one gate (src/lib/action.ts): every action × every role, anonymous included, and the
// gate's own promises — validation messages in Norwegian tied to fields, audit in the same
// transaction, nothing saved when anything fails.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { COMMANDS } from "@/features/commands";
import type { Role } from "@/generated/prisma/enums";
import { runAction, type ActionDefinition } from "@/lib/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PERMISSIONS, ROLES } from "@/lib/permissions";
import { COMMAND_FIXTURES } from "../support/command-fixtures";
import { createUser } from "../support/factories";

const users = {} as Record<Role, string>;
beforeAll(async () => {
  for (const role of ROLES) users[role] = (await createUser(role)).id;
});

describe("every action × every role", () => {
  it("has a valid-input fixture for every registered command", () => {
    expect(Object.keys(COMMAND_FIXTURES).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  for (const [name, def] of Object.entries(COMMANDS)) {
    it(`${name}: anonymous is refused and nothing is written`, async () => {
      const before = await db.auditLog.count();
      const input = await COMMAND_FIXTURES[name]!({ adminId: users.ADMIN, actorId: users.ADMIN });
      const state = await runAction(def, { userId: null, input });
      expect(state).toMatchObject({ status: "error", message: expect.stringContaining("ikke logget inn") });
      expect(await db.auditLog.count()).toBe(before);
    });

    for (const role of ROLES) {
      const allowed = (PERMISSIONS[def.permission] as readonly string[]).includes(role);
      it(`${name}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        // Fresh user per case so one run's side effects (a changed password) do not leak.
        const actor = (await createUser(role)).id;
        const input = await COMMAND_FIXTURES[name]!({ adminId: users.ADMIN, actorId: actor });
        const state = await runAction(def, { userId: actor, input });
        if (allowed) {
          expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
          expect(await db.auditLog.count({ where: { actorId: actor, action: def.permission } })).toBe(1);
        } else {
          expect(state).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
          expect(await db.auditLog.count({ where: { actorId: actor } })).toBe(0);
        }
      });
    }
  }

  it("refuses a deactivated account even with the right role", async () => {
    const admin = await createUser("ADMIN");
    await db.user.update({ where: { id: admin.id }, data: { deactivatedAt: new Date() } });
    const input = await COMMAND_FIXTURES.changePassword!({ adminId: admin.id, actorId: admin.id });
    const state = await runAction(COMMANDS.changePassword!, { userId: admin.id, input });
    expect(state.status).toBe("error");
  });
});

describe("the gate's behaviour", () => {
  const probe = (run: ActionDefinition<z.ZodType, unknown>["run"]) =>
    ({
      permission: "process.create",
      schema: z.object({ title: z.string().trim().min(1, "validation.required"), note: z.string().max(5, "validation.tooLong") }),
      run,
      audit: () => ({ entityType: "probe" }),
    }) satisfies ActionDefinition<z.ZodType, unknown>;

  it("returns Norwegian messages per field, keeps what was typed and runs nothing on invalid input", async () => {
    let ran = false;
    const state = await runAction(
      probe(async () => (ran = true)),
      {
        userId: users.ADMIN,
        input: { title: "  ", note: "altfor lang" },
        values: { title: "  ", note: "altfor lang" },
      },
    );
    expect(ran).toBe(false);
    expect(state).toMatchObject({
      status: "error",
      message: "Skjemaet har 2 feil. Rett opp og prøv igjen.",
      fieldErrors: { title: "Fyll ut feltet.", note: "Teksten er 11 tegn. Den kan være høyst 5 tegn." },
      values: { note: "altfor lang" },
    });
  });

  it("speaks English when asked", async () => {
    const state = await runAction(
      probe(async () => null),
      { userId: users.ADMIN, input: { title: "", note: "" }, locale: "en" },
    );
    expect(state).toMatchObject({ fieldErrors: { title: "Fill in this field." } });
  });

  it("rolls back the service's writes and the audit entry when the service throws", async () => {
    const before = await db.party.count();
    const state = await runAction(
      probe(async ({ tx }) => {
        await tx.party.create({ data: { name: "Rollback-partiet", shortName: "RB" } });
        throw new AppError("CONFLICT", "conflict");
      }),
      { userId: users.ADMIN, input: { title: "x", note: "" } },
    );
    expect(state).toMatchObject({ status: "error", message: "Dette finnes allerede. Velg en annen verdi." });
    expect(await db.party.count()).toBe(before);
    expect(await db.auditLog.count({ where: { entityType: "probe" } })).toBe(0);
  });

  it("maps an AppError with a field to that field", async () => {
    const state = await runAction(
      probe(async () => {
        throw new AppError("INVALID", "account.wrongPassword", "title");
      }),
      { userId: users.ADMIN, input: { title: "x", note: "" } },
    );
    expect(state).toMatchObject({ status: "error", fieldErrors: { title: "Nåværende passord er feil." } });
  });

  it("hides unexpected errors behind a message with a request id, and saves nothing", async () => {
    const state = await runAction(
      probe(async ({ tx }) => {
        await tx.party.create({ data: { name: "Krasj-partiet", shortName: "KR" } });
        throw new Error("boom: internal detail");
      }),
      { userId: users.ADMIN, input: { title: "x", note: "" } },
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toContain(state.requestId);
    expect(state.message).not.toContain("boom");
    expect(await db.party.count({ where: { shortName: "KR" } })).toBe(0);
  });

  it("writes who, what and when to the audit log for a mutation", async () => {
    const state = await runAction(
      probe(async () => ({ id: "abc" })),
      { userId: users.ADMIN, input: { title: "x", note: "" } },
    );
    expect(state.status).toBe("success");
    const entry = await db.auditLog.findFirst({ where: { entityType: "probe", actorId: users.ADMIN }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({ action: "process.create", actorId: users.ADMIN });
    expect(Date.now() - entry!.at.getTime()).toBeLessThan(60_000);
  });
});
