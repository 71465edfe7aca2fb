// Issue #20: the public form's submit path is ONE transaction with a constant, small number of
// statements, whatever came before (no query per field, per district, per earlier input). The
// statements are counted with Prisma's query events on the app's own client; a statement that
// ran outside BEGIN … COMMIT would be a transaction of its own and fails the test.
// Database: the demo seed (tests/support/integration-setup.ts).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { type PublicForm, getPublicFormForSubmit } from "@/features/forms/queries";
import { submitPublicInput } from "@/features/inputs/submit-public-input";

const statements: string[] = [];
// Every statement the pool's connections send, BEGIN and COMMIT included (Prisma's own query
// events leave those out).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL! });
pool.on("connect", (conn) => {
  const query = conn.query.bind(conn) as (...args: unknown[]) => unknown;
  (conn as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    const text = typeof first === "string" ? first : (first?.text ?? "");
    statements.push(text.trim().split(/\s+/).slice(0, 3).join(" "));
    return query(...args);
  };
});
const client = new PrismaClient({ adapter: new PrismaPg(pool) });
// The app's `db` is this client (lib/db.ts keeps it on globalThis).
(globalThis as { medvirkDb?: PrismaClient }).medvirkDb = client;

let form: PublicForm;
// The time of the first read, passed on, so a loaded machine's pause between the hook and the
// test cannot outlast the cache (FORM_CACHE_MS) and read the form again.
let readAt = 0;
beforeAll(async () => {
  readAt = Date.now();
  form = (await getPublicFormForSubmit("demre-innspill", readAt))!;
}, 180_000);

const answers = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kategori: "NEED",
  innspill: "Vi trenger flere benker langs Drammenselva, så eldre kan ta en pause på turen.",
  bydel: form.districts[0]!.id,
  alder: "67-79",
  ...over,
});

async function traced(run: () => Promise<unknown>) {
  statements.length = 0;
  const result = await run();
  return { result, statements: [...statements] };
}

/** Every statement between one BEGIN and its COMMIT. */
function expectOneTransaction(list: string[]) {
  expect(list[0]).toMatch(/^BEGIN/);
  expect(list.at(-1)).toMatch(/^COMMIT/);
  expect(list.slice(1, -1).some((s) => /^(BEGIN|COMMIT|ROLLBACK)/.test(s))).toBe(false);
}

describe("the submit path", () => {
  it("reads the form once per few seconds, not per submission", async () => {
    const again = await traced(() => getPublicFormForSubmit("demre-innspill", readAt + 1000));
    expect(again.statements).toEqual([]);
  });

  it("is one transaction: BEGIN, 2 statements (4 with contact details), COMMIT — the same for the 1st and the 50th submission", async () => {
    const counts: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = await traced(() => submitPublicInput(form, answers(), { clientKey: `c${i % 5}-${randomUUID()}`, locale: "nb" }));
      expect(t.result).toMatchObject({ ok: true, repeated: false });
      expectOneTransaction(t.statements);
      counts.push(t.statements.length);
    }
    expect(new Set(counts)).toEqual(new Set([4])); // BEGIN, rate limit (+ open check), input, COMMIT

    const withContact = await traced(() =>
      submitPublicInput(form, answers({ kontakt_name: "Ola", kontakt_email: "ola@example.no", kontakt_consent: "on" }), {
        clientKey: randomUUID(),
        locale: "nb",
      }),
    );
    expect(withContact.result).toMatchObject({ ok: true });
    expectOneTransaction(withContact.statements);
    // + the contact row and the receipt e-mail in the outbox (issue #22), in the same transaction.
    expect(withContact.statements).toHaveLength(6);
  });

  it("a resubmit is rolled back (its rate-limit hit does not count) and gets the stored receipt", async () => {
    const body = answers();
    const first = await submitPublicInput(form, body, { clientKey: "same", locale: "nb" });
    const t = await traced(() => submitPublicInput(form, body, { clientKey: "same", locale: "nb" }));
    expect(t.result).toEqual({ ok: true, receiptCode: (first as { receiptCode: string }).receiptCode, repeated: true });
    expect(t.statements[0]).toMatch(/^BEGIN/);
    expect(t.statements.at(-1)).toMatch(/^ROLLBACK/);
    expect(t.statements.length).toBeLessThanOrEqual(5);
    const [row] = await client.$queryRaw<{ count: number }[]>`SELECT count FROM rate_limit WHERE key = ${`form:${form.id}:same`}`;
    expect(row!.count).toBe(1);
  });

  it("a form closed after it was cached takes nothing: the open check is in the transaction's SQL", async () => {
    await client.form.update({ where: { id: form.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    try {
      const before = await client.input.count();
      const result = await submitPublicInput(form, answers(), { clientKey: randomUUID(), locale: "nb" });
      expect(result).toEqual({ ok: false, reason: "closed" });
      expect(await client.input.count()).toBe(before);
    } finally {
      await client.form.update({ where: { id: form.id }, data: { closesAt: null } });
    }
  });
});
