// What the app sees when PostgreSQL is gone is recognised as "database unavailable", so the
// gate and the public form answer with a try-again message and keep what was typed, instead
// of a 500. The errors are real ones from Prisma's pg adapter, not hand-made shapes.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { freePort } from "../../scripts/lib/embedded-db";
import { runAction } from "../../src/lib/action";
import { createDb, getDb } from "../../src/lib/db";
import { isDatabaseUnavailable, isUniqueViolation } from "../../src/lib/errors";

const caught = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("database unavailable", () => {
  it("recognises a refused connection (nothing listening)", async () => {
    const db = createDb(`postgresql://medvirk:x@localhost:${await freePort()}/medvirk`);
    try {
      const error = await caught(db.user.count());
      expect(error).toBeDefined();
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("recognises a connection the server ended (57P01, as on a restart or fail-over)", async () => {
    const db = createDb(process.env.DATABASE_URL!);
    try {
      await db
        .$transaction(async (tx) => {
          const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          const pid = row!.pid;
          await getDb().$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
          const error = await caught(tx.user.count());
          expect(isDatabaseUnavailable(error)).toBe(true);
          throw new Error("rollback");
        })
        .catch((e: Error) => {
          if (e.message !== "rollback" && !isDatabaseUnavailable(e)) throw e;
        });
    } finally {
      await db.$disconnect();
    }
  });

  it("the gate answers with a Norwegian try-again message and keeps the typed values", async () => {
    const holder = globalThis as { medvirkDb?: unknown };
    const real = holder.medvirkDb;
    const dead = createDb(`postgresql://medvirk:x@localhost:${await freePort()}/medvirk`);
    holder.medvirkDb = dead;
    try {
      const state = await runAction(
        { permission: "process.create", schema: z.object({ title: z.string() }), run: async () => "never" },
        { userId: "00000000-0000-4000-8000-000000000000", input: { title: "Mitt utkast" }, values: { title: "Mitt utkast" } },
      );
      expect(state).toMatchObject({ status: "error", message: expect.stringContaining("Vi får ikke lagret akkurat nå"), values: { title: "Mitt utkast" } });
    } finally {
      holder.medvirkDb = real;
      await dead.$disconnect();
    }
  });

  it("does not take an ordinary failure for an outage", async () => {
    const db = getDb();
    const error = await caught(db.$queryRaw`SELECT 1/0`);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(error)).toBe(false);
  });
});
