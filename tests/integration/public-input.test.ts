// Citizens' inputs from the public form: stored once whatever happens, rate-limited in
// Postgres, refused when closed, validated against the form's own fields, and a receipt that
// never reveals contact details.
// Database: the demo seed (tests/support/integration-setup.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicForm, type PublicForm } from "@/features/forms/queries";
import { completeLanguages } from "@/features/forms/types";
import { getReceipt } from "@/features/inputs/submit/receipt-queries";
import { SUBMISSIONS_PER_HOUR, submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { db } from "@/lib/db";
import { localeFromUrl, withoutLanguageParam } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { translateKey } from "@/lib/i18n/translator";
import nnAreas from "../../messages/nn/areas.json";
import nnCommon from "../../messages/nn/common.json";
import nnErrors from "../../messages/nn/errors.json";
import nnForms from "../../messages/nn/forms.json";
import nnHome from "../../messages/nn/home.json";
import nnLegal from "../../messages/nn/legal.json";
import nnProcess from "../../messages/nn/process.json";
import nnValidation from "../../messages/nn/validation.json";

let form: PublicForm;
beforeAll(async () => {
  form = (await getPublicForm("demre-innspill"))!;
}, 60_000);

const answers = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kategori: "NEED",
  innspill: "Vi trenger flere benker langs Drammenselva, så eldre kan ta en pause på turen.",
  bydel: form.districts[0]!.id,
  alder: "67-79",
  malgruppe: "",
  ...over,
});
const submit = (raw: Record<string, unknown>, clientKey = randomUUID()) => submitPublicInput(form, raw, { clientKey, locale: "nb" });

describe("submitting from the public form", () => {
  it("stores the input with its category, district and age band, and gives a receipt", async () => {
    const result = await submit(answers());
    expect(result).toMatchObject({ ok: true, repeated: false, receiptCode: expect.stringMatching(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/) });
    if (!result.ok) return;
    const input = await db.input.findUniqueOrThrow({
      where: { receiptCode: result.receiptCode },
      select: { category: true, channel: true, ageMin: true, ageMax: true, districtId: true, formId: true, text: true },
    });
    expect(input).toMatchObject({ category: "NEED", channel: "FORM", ageMin: 67, ageMax: 79, districtId: form.districts[0]!.id, formId: form.id });
  });

  it("stores one input when the same submission arrives twice, even at the same moment", async () => {
    const raw = answers();
    const [a, b] = await Promise.all([submit(raw), submit(raw)]);
    const again = await submit(raw);
    expect(a.ok && b.ok && again.ok).toBe(true);
    if (!a.ok || !b.ok || !again.ok) return;
    expect(new Set([a.receiptCode, b.receiptCode, again.receiptCode]).size).toBe(1);
    expect(await db.input.count({ where: { idempotencyKey: raw.idempotencyKey } })).toBe(1);
  });

  it("refuses empty text and text over 5,000 characters, with messages per field", async () => {
    const empty = await submit(answers({ innspill: "   " }));
    expect(empty).toMatchObject({ ok: false, reason: "invalid", issues: [{ field: "innspill", message: "forms.validation.textRequired" }] });
    const long = await submit(answers({ innspill: "x".repeat(5001) }));
    expect(long).toMatchObject({ ok: false, issues: [{ field: "innspill", message: "validation.tooLong" }] });
  });

  it("refuses a category, district or target group the form does not offer", async () => {
    const result = await submit(answers({ kategori: "POSSIBILITY", bydel: randomUUID(), malgruppe: randomUUID() }));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") return;
    expect(result.issues.map((i) => i.field).sort()).toEqual(["bydel", "kategori", "malgruppe"]);
  });

  it("needs consent before storing contact details, and keeps them apart from the input", async () => {
    expect(await submit(answers({ kontakt_email: "ola@example.no" }))).toMatchObject({ ok: false, issues: [{ field: "kontakt_consent" }] });
    const ok = await submit(answers({ kontakt_name: "Ola", kontakt_email: "ola@example.no", kontakt_consent: "on" }));
    if (!ok.ok) throw new Error("expected success");
    const input = await db.input.findUniqueOrThrow({ where: { receiptCode: ok.receiptCode }, select: { contact: { select: { email: true } } } });
    expect(input.contact?.email).toBe("ola@example.no");
    const receipt = await getReceipt(ok.receiptCode.toLowerCase().replace("-", " "));
    expect(JSON.stringify(receipt)).not.toContain("ola@example.no");
    expect(receipt).toMatchObject({ status: "RECEIVED", process: { slug: "demre" } });
  });

  it("pretends to accept a bot that fills the honeypot, and stores nothing", async () => {
    const before = await db.input.count();
    const result = await submit(answers({ nettsted: "http://spam.example" }));
    expect(result.ok).toBe(true);
    expect(await db.input.count()).toBe(before);
  });

  it("rate-limits one client on one form, in Postgres, and lets others through", async () => {
    const client = randomUUID();
    for (let i = 0; i < SUBMISSIONS_PER_HOUR; i++) expect((await submit(answers(), client)).ok).toBe(true);
    expect(await submit(answers(), client)).toEqual({ ok: false, reason: "rateLimited" });
    expect((await submit(answers())).ok).toBe(true);
  });

  it("refuses a closed form and says so", async () => {
    const closed = { ...form, closesAt: new Date(Date.now() - 1000) };
    expect(await submitPublicInput(closed, answers(), { clientKey: "x", locale: "nb" })).toEqual({ ok: false, reason: "closed" });
  });

  it("refuses input to a process that has ended, even while the form's own dates are open, in Norwegian", async () => {
    for (const status of ["CLOSED", "ARCHIVED", "DRAFT"] as const) {
      await db.process.update({ where: { id: form.process.id }, data: { status } });
      try {
        const ended = (await getPublicForm("demre-innspill")) ?? { ...form, process: { ...form.process, status } };
        expect(ended.closesAt === null || ended.closesAt > new Date()).toBe(true);
        const raw = answers();
        expect(await submitPublicInput(ended, raw, { clientKey: randomUUID(), locale: "nb" })).toEqual({ ok: false, reason: "processClosed" });
        expect(await db.input.count({ where: { idempotencyKey: raw.idempotencyKey } })).toBe(0);
      } finally {
        await db.process.update({ where: { id: form.process.id }, data: { status: "PUBLISHED" } });
      }
    }
    expect(translateKey("nb", "forms.processClosed")).toMatch(/^Prosessen er avsluttet/);
    expect(translateKey("nn", "forms.processClosed")).toMatch(/^Prosessen er avslutta/);
  });

  it("finds nothing for an unknown or malformed receipt code", async () => {
    expect(await getReceipt("ABCDE-23456")).toBeNull();
    expect(await getReceipt("not a code")).toBeNull();
  });
});

describe("in nynorsk", () => {
  it("the demo form offers bokmål, nynorsk and English, with texts for every field", () => {
    expect(completeLanguages(form).sort()).toEqual(["en", "nb", "nn"]);
  });

  it("stores the language the input was written in, and the receipt knows its form (to clear the draft)", async () => {
    const result = await submitPublicInput(form, answers({ innspill: "Det trengst fleire benkar langs elva." }), { clientKey: randomUUID(), locale: "nn" });
    if (!result.ok) throw new Error("expected success");
    expect(await getReceipt(result.receiptCode)).toMatchObject({ language: "nn", form: { slug: "demre-innspill" } });
  });

  it("an over-long text names the limit, in the form's language", async () => {
    const result = await submitPublicInput(form, answers({ innspill: "x".repeat(5001) }), { clientKey: randomUUID(), locale: "nn" });
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    const issue = result.issues.find((i) => i.field === "innspill")!;
    expect(translateKey("nn", issue.message, issue.values)).toBe("Teksten er 5\u00a0001 teikn. Han kan vere høgst 5\u00a0000 teikn.");
    expect(translateKey("nb", "forms.validation.textRequired")).toBe("Skriv innspillet ditt.");
    expect(translateKey("nn", "forms.validation.textRequired")).toBe("Skriv innspelet ditt.");
  });

  // Everything a citizen can see is translated; staff-only texts fall back to bokmål.
  const leaves = (tree: unknown, prefix = ""): string[] =>
    tree && typeof tree === "object" && !Array.isArray(tree) ? Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  it.each([
    ["common", nnCommon],
    ["home", nnHome],
    ["process", nnProcess],
    ["forms", nnForms],
    ["legal", nnLegal],
  ] as const)("messages/nn/%s.json has every key of bokmål", (namespace, nn) => {
    expect(leaves(nn).sort()).toEqual(leaves(MESSAGES.nb[namespace]).sort());
  });

  it("has the category names and the messages a citizen can trigger", () => {
    expect(Object.keys(nnAreas.inputCategory).sort()).toEqual(Object.keys(MESSAGES.nb.areas.inputCategory).sort());
    for (const key of ["required", "emailInvalid", "tooLong", "choose"]) expect(nnValidation).toHaveProperty(key);
    for (const key of ["summaryTitle", "invalid", "unexpected", "notFound"]) expect(nnErrors).toHaveProperty(key);
  });

  it("falls back to bokmål for staff-only texts, never to a bare key", () => {
    expect(MESSAGES.nn.admin).toEqual(MESSAGES.nb.admin);
    expect(MESSAGES.nn.areas.admin.title).toBe(MESSAGES.nb.areas.admin.title);
    expect(MESSAGES.nn.forms.submit).toBe("Send innspel");
  });

  it("?sprak= chooses the language only on the form and receipt pages", () => {
    expect(localeFromUrl("/skjema/demre-innspill?sprak=nn")).toBe("nn");
    expect(localeFromUrl("/kvittering/ABCDE-23456?ny=1&sprak=en")).toBe("en");
    expect(localeFromUrl("/kvittering?sprak=se")).toBeNull();
    expect(localeFromUrl("/admin?sprak=nn")).toBeNull();
    expect(withoutLanguageParam("/skjema/demre-innspill?sprak=nn&x=1")).toBe("/skjema/demre-innspill?x=1");
  });
});
