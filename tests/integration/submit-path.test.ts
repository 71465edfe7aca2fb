// Issue #20: the public form's submit path is ONE statement — so one implicit transaction and
// one round trip — whatever came before (no query per field, per district, per earlier input),
// and the form is read once per few seconds however many requests arrive at once. Statements
// are counted on the pool's connections, BEGIN and COMMIT included (Prisma's own query events
// leave those out): a second statement, or a BEGIN, fails the test.
// Database: the demo seed (tests/support/integration-setup.ts).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicFormForSubmit, type PublicForm } from "@/features/forms/queries";
import { submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { PrismaClient } from "@/generated/prisma/client";

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

/** One statement, the submission function: its own transaction, nothing around it. */
function expectOneStatement(list: string[]) {
  expect(list).toHaveLength(1);
  expect(list[0]).toMatch(/^SELECT outcome, receipt_code/);
}

const rateCount = async (clientKey: string) =>
  (await client.$queryRaw<{ count: number }[]>`SELECT count FROM rate_limit WHERE key = ${`form:${form.id}:${clientKey}`}`)[0]?.count ?? 0;

describe("the submit path", () => {
  it("reads the form once per few seconds, not per submission", async () => {
    const again = await traced(() => getPublicFormForSubmit("demre-innspill", readAt + 1000));
    expect(again.statements).toEqual([]);
  });

  it("reads an expired form once however many requests ask at the same moment", async () => {
    const later = Date.now() + 60_000; // the cached copy has expired by then
    const one = await traced(() => getPublicFormForSubmit("demre-innspill", later));
    const many = await traced(() => Promise.all(Array.from({ length: 20 }, () => getPublicFormForSubmit("demre-innspill", later + 60_000))));
    expect(one.statements.length).toBeGreaterThan(0);
    expect(many.statements).toHaveLength(one.statements.length);
    expect(new Set(many.result as unknown[]).size).toBe(1);
  });

  it("is one statement — the same for the 1st and the 50th submission, and with contact details", async () => {
    const counts: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t = await traced(() => submitPublicInput(form, answers(), { clientKey: `c${i % 5}-${randomUUID()}`, locale: "nb" }));
      expect(t.result).toMatchObject({ ok: true, repeated: false });
      expectOneStatement(t.statements);
      counts.push(t.statements.length);
    }
    expect(new Set(counts)).toEqual(new Set([1]));

    const withContact = await traced(() =>
      submitPublicInput(form, answers({ kontakt_name: "Ola", kontakt_email: "ola@example.no", kontakt_phone: "912 34 567", kontakt_consent: "on" }), {
        clientKey: randomUUID(),
        locale: "nb",
      }),
    );
    expect(withContact.result).toMatchObject({ ok: true, repeated: false });
    expectOneStatement(withContact.statements);
    // The contact row and the receipt e-mail (issue #22) were written with the input.
    const code = (withContact.result as { receiptCode: string }).receiptCode;
    const stored = await client.input.findUniqueOrThrow({
      where: { receiptCode: code },
      select: {
        id: true,
        contact: { select: { name: true, email: true, phone: true } },
        outboxMessages: { select: { kind: true, recipient: true, dedupeKey: true } },
      },
    });
    expect(stored.contact).toEqual({ name: "Ola", email: "ola@example.no", phone: "912 34 567" });
    expect(stored.outboxMessages).toEqual([{ kind: "INPUT_RECEIPT", recipient: "ola@example.no", dedupeKey: `receipt:${code}` }]);
  });

  it("stores what the form's answers say, with lemmas and screening", async () => {
    const t = await submitPublicInput(form, answers(), { clientKey: randomUUID(), locale: "nn" });
    expect(t).toMatchObject({ ok: true });
    const row = await client.input.findUniqueOrThrow({
      where: { receiptCode: (t as { receiptCode: string }).receiptCode },
      select: {
        processId: true,
        formId: true,
        category: true,
        channel: true,
        language: true,
        districtId: true,
        ageMin: true,
        ageMax: true,
        searchLemmas: true,
        heldForReview: true,
      },
    });
    expect(row).toMatchObject({
      processId: form.process.id,
      formId: form.id,
      category: "NEED",
      channel: "FORM",
      language: "nn",
      districtId: form.districts[0]!.id,
      ageMin: 67,
      ageMax: 79,
      heldForReview: false,
    });
    expect(row.searchLemmas).toContain("benk");
  });

  it("a resubmit stores nothing, counts no rate-limit hit and gets the stored receipt — also when both arrive at once", async () => {
    const body = answers();
    const first = await submitPublicInput(form, body, { clientKey: "same", locale: "nb" });
    const t = await traced(() => submitPublicInput(form, body, { clientKey: "same", locale: "nb" }));
    expect(t.result).toEqual({ ok: true, receiptCode: (first as { receiptCode: string }).receiptCode, repeated: true });
    expectOneStatement(t.statements);
    expect(await rateCount("same")).toBe(1);

    const twice = answers();
    const results = await Promise.all(Array.from({ length: 6 }, () => submitPublicInput(form, twice, { clientKey: "burst", locale: "nb" })));
    const codes = new Set(results.map((r) => (r as { receiptCode: string }).receiptCode));
    expect(codes.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.repeated)).toHaveLength(1);
    expect(await client.input.count({ where: { idempotencyKey: twice.idempotencyKey } })).toBe(1);
    expect(await rateCount("burst")).toBe(1);
  });

  it("the rate limit refuses the 21st submission of a client in an hour, and stores nothing for it", async () => {
    for (let i = 0; i < 20; i++) expect(await submitPublicInput(form, answers(), { clientKey: "busy", locale: "nb" })).toMatchObject({ ok: true });
    const before = await client.input.count();
    expect(await submitPublicInput(form, answers(), { clientKey: "busy", locale: "nb" })).toEqual({ ok: false, reason: "rateLimited" });
    expect(await client.input.count()).toBe(before);
  });

  it("a filled honeypot gets a receipt but nothing is stored", async () => {
    const before = await client.input.count();
    const result = await submitPublicInput(form, answers({ nettsted: "http://spam.example" }), { clientKey: randomUUID(), locale: "nb" });
    expect(result).toMatchObject({ ok: true, repeated: false });
    expect(await client.input.count()).toBe(before);
    expect(await client.input.count({ where: { receiptCode: (result as { receiptCode: string }).receiptCode } })).toBe(0);
  });

  it("a form closed after it was cached takes nothing: the open check is in the statement's SQL", async () => {
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
