// Issue #22: a bulk decision in triage (bulkSetStatus) tells every citizen who left an address,
// in their own language, and does it set-based: the statements it sends are the same for 3
// inputs as for 40 (no query per input). Statements are counted on the pool's connections.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { bulkSetStatus } from "@/features/knowledge/triage/bulk-triage";
import { PrismaClient } from "@/generated/prisma/client";
import { makeInput } from "../support/fixtures/inbox";
import { makeProcess } from "../support/fixtures/processes";

const statements: string[] = [];
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL! });
pool.on("connect", (conn) => {
  const query = conn.query.bind(conn) as (...args: unknown[]) => unknown;
  (conn as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    statements.push((typeof first === "string" ? first : (first?.text ?? "")).trim().split(/\s+/).slice(0, 4).join(" "));
    return query(...args);
  };
});
const client = new PrismaClient({ adapter: new PrismaPg(pool) });
(globalThis as { medvirkDb?: PrismaClient }).medvirkDb = client;

const LANGUAGES = ["nb", "nn", "en"] as const;

/** `n` inputs with an address (languages in turn) and one without. */
async function selection(n: number) {
  const processId = (await makeProcess({ status: "PUBLISHED" })).id;
  const withAddress = [];
  for (let i = 0; i < n; i++) {
    const email = `b${i}-${randomUUID().slice(0, 8)}@example.no`;
    const language = LANGUAGES[i % 3]!;
    const input = await makeInput({ processId, language, contact: { create: { name: "", email, consentAt: new Date() } } });
    withAddress.push({ id: input.id, email, language });
  }
  const silent = await makeInput({ processId });
  return { withAddress, silent: silent.id };
}

async function decide(ids: string[]) {
  statements.length = 0;
  await client.$transaction((tx) => bulkSetStatus(tx, { inputIds: ids, status: "USED" }));
  return [...statements];
}

describe("a bulk decision in triage", () => {
  it("tells each citizen with an address once, in their language, with a constant number of statements", async () => {
    const counts: number[] = [];
    for (const n of [3, 40]) {
      const { withAddress, silent } = await selection(n);
      const sent = await decide([...withAddress.map((x) => x.id), silent]);
      counts.push(sent.length);
      const outbox = await client.outboxMessage.findMany({
        where: { inputId: { in: [...withAddress.map((x) => x.id), silent] } },
        select: { inputId: true, recipient: true, locale: true, kind: true, subject: true },
      });
      expect(outbox).toHaveLength(n);
      for (const x of withAddress)
        expect(outbox.filter((m) => m.inputId === x.id)).toMatchObject([{ recipient: x.email, locale: x.language, kind: "INPUT_ANSWERED" }]);
      expect(outbox.find((m) => m.inputId === silent)).toBeUndefined();
      // Deciding the same again is no news.
      await decide(withAddress.map((x) => x.id));
      expect(await client.outboxMessage.count({ where: { inputId: { in: withAddress.map((x) => x.id) } } })).toBe(n);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
