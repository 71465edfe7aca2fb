// Hostile and random input to the public form's submit (src/features/inputs/submit/submit-public-input.ts)
// and to the sign-in check: never an exception (a 5xx), never a stored row that breaks the
// rules, always a Norwegian message. Property-based with fast-check; 100 runs keep it fast.
// Database: the demo seed (tests/support/integration-setup.ts).
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/features/auth/authenticate";
import { signInSchema } from "@/features/auth/schemas";
import { getPublicForm, type PublicForm } from "@/features/forms/queries";
import { submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { db } from "@/lib/db";
import { translateKey } from "@/lib/i18n/translator";

let form: PublicForm;
beforeAll(async () => {
  form = (await getPublicForm("demre-innspill"))!;
}, 60_000);

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "\u200B\u200B\u200B",
  "\u202Egnp.exe",
  "\uFEFF",
  "\uD800",
  "' OR 1=1; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil.test")',
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "\r\n\r\n",
  "𝕳𝖊𝖎 👩‍👩‍👧",
  "ש",
];
const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(...HOSTILE),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 5 }).map((a) => a.join("")),
  fc.nat({ max: 6000 }).map((n) => "x".repeat(n)),
);
const fieldValue = fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined));

const isNorwegian = (key: string) => {
  const text = translateKey("nb", key, { min: 1, max: 5000, count: 1, length: 1 });
  return text !== key && !/invalid input|expected|required/i.test(text);
};

describe("the public form's submit under random and hostile bodies", () => {
  it("never throws; stores only clean, non-empty text; every refusal is a Norwegian message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          innspill: fieldValue,
          kategori: fieldValue,
          bydel: fieldValue,
          alder: fieldValue,
          malgruppe: fieldValue,
          kontakt_name: fieldValue,
          kontakt_consent: fieldValue,
        }),
        async (body) => {
          const result = await submitPublicInput(form, { ...body, idempotencyKey: randomUUID() }, { clientKey: randomUUID(), locale: "nb" });
          if (result.ok) {
            const row = await db.input.findUniqueOrThrow({ where: { receiptCode: result.receiptCode }, select: { text: true } });
            expect(row.text.trim()).not.toBe("");
            expect(row.text).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]/);
          } else if (result.reason === "invalid") {
            for (const issue of result.issues) expect(isNorwegian(issue.message), issue.message).toBe(true);
          } else {
            expect(isNorwegian(`forms.${result.reason}`)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it("keeps the text of an input with a NUL byte (it used to be lost in a 500)", async () => {
    const result = await submitPublicInput(
      form,
      { kategori: "NEED", innspill: "Flere benker\u0000 langs elva", alder: "67-79", bydel: form.districts[0]!.id, idempotencyKey: randomUUID() },
      { clientKey: randomUUID(), locale: "nb" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await db.input.findUniqueOrThrow({ where: { receiptCode: result.receiptCode }, select: { text: true } })).text).toBe("Flere benker langs elva");
  });

  it("refuses text of only zero-width characters as empty, and drops a right-to-left override", async () => {
    const base = { kategori: "NEED", alder: "67-79", bydel: form.districts[0]!.id };
    const empty = await submitPublicInput(
      form,
      { ...base, innspill: "\u200B\u200C\u2060\uFEFF", idempotencyKey: randomUUID() },
      { clientKey: randomUUID(), locale: "nb" },
    );
    expect(empty).toMatchObject({ ok: false, reason: "invalid", issues: [{ field: "innspill", message: "forms.validation.textRequired" }] });
    const rtl = await submitPublicInput(
      form,
      { ...base, innspill: "Se på \u202Efdp.exe", idempotencyKey: randomUUID() },
      { clientKey: randomUUID(), locale: "nb" },
    );
    expect(rtl.ok).toBe(true);
    if (rtl.ok) expect((await db.input.findUniqueOrThrow({ where: { receiptCode: rtl.receiptCode }, select: { text: true } })).text).toBe("Se på fdp.exe");
  });

  it("an invalid choice and missing required fields get Norwegian messages, not English 'Invalid input'", async () => {
    const result = await submitPublicInput(
      form,
      { kategori: "HACKED", bydel: "ikke-en-bydel", idempotencyKey: randomUUID() },
      { clientKey: randomUUID(), locale: "nb" },
    );
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (result.ok || result.reason !== "invalid") return;
    for (const issue of result.issues) expect(isNorwegian(issue.message), `${issue.field}: ${issue.message}`).toBe(true);
  });
});

describe("sign-in under random and hostile values", () => {
  it("the schema and the check never throw, and refusals are Norwegian", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ email: fieldValue, password: fieldValue, tilbake: fieldValue }), async (body) => {
        const parsed = signInSchema.safeParse(body);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) expect(isNorwegian(issue.message), issue.message).toBe(true);
          return;
        }
        const result = await authenticate(parsed.data.email, parsed.data.password, new Date(), `fc-${randomUUID()}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
