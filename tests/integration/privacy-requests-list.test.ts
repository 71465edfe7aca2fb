// The administration's list of privacy requests pages by keyset, a later page costing no more queries than the first: the
// cursor ("<iso>_<uuid>", lib/keyset.ts) carries the position, where it used to be an id that
// cost a second query to look up. Rows with the same time are neither skipped nor repeated.
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { listPrivacyRequests, REQUESTS_PAGE } from "@/features/privacy/queries";
import { PrismaClient } from "@/generated/prisma/client";
import { makePrivacyRequest } from "../support/fixtures/privacy";

let queries = 0;
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
client.$on("query", () => void queries++);
(globalThis as { medvirkDb?: unknown }).medvirkDb = client;

describe("listPrivacyRequests", () => {
  it("walks every refused request once, newest first, no page costing more than the first", async () => {
    const made: string[] = [];
    // Three requests share each time, so the id breaks the ties across page boundaries.
    for (let i = 0; i < REQUESTS_PAGE + 5; i++) {
      const r = await makePrivacyRequest();
      await client.privacyRequest.update({
        where: { id: r.requestId },
        data: { status: "REFUSED", createdAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))) },
      });
      made.push(r.requestId);
    }
    const seen: { id: string; createdAt: Date }[] = [];
    let before: string | undefined;
    let pages = 0;
    const perPage: number[] = [];
    do {
      queries = 0;
      const page = await listPrivacyRequests("REFUSED", before);
      perPage.push(queries);
      seen.push(...page.rows);
      before = page.next ?? undefined;
      pages++;
    } while (before && pages < 100);
    const ids = seen.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(made));
    const order = [...seen].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(ids).toEqual(order.map((r) => r.id));
    expect(pages).toBeGreaterThanOrEqual(2);
    // A later page costs what the first does: no query to look the cursor up.
    expect(new Set(perPage).size, String(perPage)).toBe(1);
  });

  it("starts from the top when the cursor is malformed", async () => {
    const first = await listPrivacyRequests("REFUSED");
    expect((await listPrivacyRequests("REFUSED", "not-a-cursor")).rows).toEqual(first.rows);
  });
});
