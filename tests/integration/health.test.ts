// /api/health: 200 with the database up, 503 and "down" when Postgres cannot be reached.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

describe("/api/health", () => {
  it("answers ok when the database answers", async () => {
    // Open the pool first: on a busy machine the very first connection can take longer than
    // the check's two seconds, and a cold start is not what this test is about.
    const { db } = await import("@/lib/db");
    await db.$queryRaw`SELECT 1`;
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 with database down when Postgres is unreachable", async () => {
    const { getDb } = await import("@/lib/db");
    await getDb().$disconnect();
    (globalThis as { medvirkDb?: unknown }).medvirkDb = undefined;
    process.env.DATABASE_URL = "postgresql://nobody:nothing@localhost:9/none";
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", database: "down" });
  });
});
