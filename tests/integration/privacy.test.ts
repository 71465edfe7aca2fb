// Issue #18 §4, against the real database: the retention job (due, not due, twice, two at
// once), a citizen's request with the receipt code (unknown code, rate limit), the
// administration's handling (erase, correct, refuse, twice, roles), the retention setting, and
// the audit log's CSV export.
import { beforeAll, describe, expect, it } from "vitest";
import { auditCsvStream } from "@/features/audit/export-audit";
import { COMMANDS } from "@/features/commands";
import { ERASED_TEXT } from "@/features/privacy/handle-privacy-request";
import { getStoredData } from "@/features/privacy/queries";
import { runRetention } from "@/features/privacy/retention";
import { REQUESTS_PER_HOUR, submitPrivacyRequest } from "@/features/privacy/submit-privacy-request";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makePrivacyRequest } from "../support/fixtures/privacy";
import { makeProcess } from "../support/fixtures/processes";

const users = {} as Record<"ADMIN" | "POLITICIAN" | "GROUP_LEADER", string>;
beforeAll(async () => {
  for (const role of ["ADMIN", "POLITICIAN", "GROUP_LEADER"] as const) users[role] = (await createUser(role)).id;
}, 60_000);
const run = (name: string, input: Record<string, unknown>, userId = users.ADMIN) => runAction(COMMANDS[name]!, { userId, input });
const NOW = new Date("2027-06-01T10:00:00Z");
const monthsBefore = (months: number) => new Date(Date.UTC(2027, 5 - months, 1, 9));

async function closedProcessWithInput(closedMonthsAgo: number | null, retentionMonths = 12) {
  const p = await makeProcess({ status: closedMonthsAgo === null ? "PUBLISHED" : "CLOSED" });
  await db.process.update({ where: { id: p.id }, data: { retentionMonths, closedAt: closedMonthsAgo === null ? null : monthsBefore(closedMonthsAgo) } });
  const input = await makeInput({
    processId: p.id,
    text: "Bussen går for sjelden. Ring meg på 912 34 567.",
    answers: { hvor: "Skriv til kari@example.no", ofte: "Av og til" },
    contact: { create: { name: "Kari", email: "kari@example.no", phone: "91234567", consentAt: new Date() } },
  });
  return { processId: p.id, inputId: input.id };
}
const stored = (id: string) =>
  db.input.findUniqueOrThrow({
    where: { id },
    select: { text: true, answers: true, anonymisedAt: true, searchLemmas: true, contact: { select: { email: true } } },
  });

describe("the retention job", () => {
  it("anonymises a process whose retention time is up, and leaves the others alone", async () => {
    const due = await closedProcessWithInput(13);
    const notYet = await closedProcessWithInput(11);
    const open = await closedProcessWithInput(null);
    const longer = await closedProcessWithInput(13, 24);

    const result = await runRetention(NOW);
    expect(result.ran).toBe(true);
    const after = await stored(due.inputId);
    expect(after).toMatchObject({
      text: "Bussen går for sjelden. Ring meg på [fjernet].",
      answers: { hvor: "Skriv til [fjernet]", ofte: "Av og til" },
      contact: null,
    });
    expect(after.anonymisedAt).toEqual(NOW);
    expect(after.searchLemmas).not.toMatch(/912/);
    for (const untouched of [notYet, open, longer]) {
      expect(await stored(untouched.inputId)).toMatchObject({
        text: "Bussen går for sjelden. Ring meg på 912 34 567.",
        anonymisedAt: null,
        contact: { email: "kari@example.no" },
      });
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { processId: due.processId, action: "privacy.retention" } });
    expect(audit).toMatchObject({ actorId: null, details: { change: "retention", inputs: 1, contacts: 1 } });

    // Again: nothing left to do for that process.
    expect((await runRetention(NOW)).inputs).toBe(0);
  });

  it("deletes rate-limit counts older than a day (keyed hashes of addresses), and keeps the recent ones", async () => {
    const day = 24 * 3_600_000;
    const old = `prune-old-${NOW.getTime()}`;
    const recent = `prune-recent-${NOW.getTime()}`;
    await db.$executeRaw`INSERT INTO rate_limit (key, window_start, count)
      VALUES (${old}, ${new Date(NOW.getTime() - day - 60_000)}, 3), (${recent}, ${new Date(NOW.getTime() - day + 60_000)}, 2)`;
    expect((await runRetention(NOW)).rateLimits).toBeGreaterThanOrEqual(1);
    const left = await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit WHERE key IN (${old}, ${recent})`;
    expect(left.map((r) => r.key)).toEqual([recent]);
  });

  it("two instances at once anonymise each input exactly once", async () => {
    const processes = await Promise.all([closedProcessWithInput(14), closedProcessWithInput(15)]);
    const [a, b] = await Promise.all([runRetention(NOW), runRetention(NOW)]);
    expect([a.ran, b.ran].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    for (const { processId } of processes) {
      expect(await db.auditLog.count({ where: { processId, action: "privacy.retention" } })).toBe(1);
      expect(await db.input.count({ where: { processId, anonymisedAt: null } })).toBe(0);
    }
  });
});

describe("a citizen's request with the receipt code", () => {
  it("is stored for the input; an unknown code is refused at the field", async () => {
    const input = await makeInput();
    const ok = await submitPrivacyRequest(
      { code: input.receiptCode.toLowerCase(), kind: "ERASURE", message: "", replyEmail: "" },
      { clientKey: "k1", locale: "nb" },
    );
    expect(ok).toMatchObject({ ok: true });
    expect(await db.privacyRequest.findMany({ where: { inputId: input.id }, select: { kind: true, status: true } })).toEqual([
      { kind: "ERASURE", status: "OPEN" },
    ]);
    expect(await submitPrivacyRequest({ code: "ABCDE-23456", kind: "ACCESS", message: "" }, { clientKey: "k1", locale: "nb" })).toEqual({
      ok: false,
      reason: "invalid",
      issues: [{ field: "code", message: "privacy.validation.unknownCode", values: {} }],
    });
    // A correction needs to say what is wrong; a reply address must be an address.
    const bad = await submitPrivacyRequest(
      { code: input.receiptCode, kind: "CORRECTION", message: "  ", replyEmail: "ikke-en-adresse" },
      { clientKey: "k1", locale: "nb" },
    );
    expect(bad.ok === false && bad.reason === "invalid" && bad.issues.map((i) => i.field).sort()).toEqual(["message", "replyEmail"]);
  });

  it(`allows ${REQUESTS_PER_HOUR} an hour per client`, async () => {
    const input = await makeInput();
    const send = () => submitPrivacyRequest({ code: input.receiptCode, kind: "ACCESS", message: "" }, { clientKey: "flood", locale: "nb", now: NOW });
    for (let i = 0; i < REQUESTS_PER_HOUR; i++) expect((await send()).ok).toBe(true);
    expect(await send()).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("the receipt page's view masks the contact details", async () => {
    const { receiptCode } = await makePrivacyRequest("ACCESS");
    const data = await getStoredData(receiptCode);
    expect(data?.contact).toMatchObject({ name: "K. N.", email: "k•••@e•••.no", phone: "•••• 67" });
    expect(data?.privacyRequests).toHaveLength(1);
  });
});

describe("the administration handles a request", () => {
  it("erasure replaces the text, deletes the contact details and hides the input", async () => {
    const r = await makePrivacyRequest("ERASURE");
    expect(await run("handlePrivacyRequest", { id: r.requestId, handling: "ERASE", resolution: "Slettet.", correctedText: "" })).toMatchObject({
      status: "success",
    });
    expect(await db.input.findUniqueOrThrow({ where: { id: r.id }, select: { text: true, isHidden: true, answers: true, contact: true } })).toEqual({
      text: ERASED_TEXT,
      isHidden: true,
      answers: {},
      contact: null,
    });
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: r.requestId }, select: { status: true, resolution: true, handledById: true } })).toEqual({
      status: "DONE",
      resolution: "Slettet.",
      handledById: users.ADMIN,
    });
    // Handled once only.
    expect(await run("handlePrivacyRequest", { id: r.requestId, handling: "ANSWERED", resolution: "", correctedText: "" })).toMatchObject({
      status: "error",
      message: "Forespørselen er allerede behandlet. Last inn siden på nytt.",
    });
  });

  it("correction replaces the text; refusal needs a reason", async () => {
    const r = await makePrivacyRequest("CORRECTION", "Bussen går klokka sju.");
    expect(await run("handlePrivacyRequest", { id: r.requestId, handling: "REFUSE", resolution: "", correctedText: "" })).toMatchObject({
      status: "error",
      fieldErrors: { resolution: "Skriv hvorfor forespørselen avslås. Innsenderen ser begrunnelsen." },
    });
    expect(
      await run("handlePrivacyRequest", { id: r.requestId, handling: "CORRECT", resolution: "Rettet.", correctedText: "Bussen går klokka seks." }),
    ).toMatchObject({ status: "success" });
    expect((await db.input.findUniqueOrThrow({ where: { id: r.id }, select: { text: true } })).text).toBe("Bussen går klokka seks.");
  });

  for (const role of ["POLITICIAN", "GROUP_LEADER"] as const) {
    it(`refuses a ${role}, changing nothing`, async () => {
      const r = await makePrivacyRequest("ERASURE");
      expect(await run("handlePrivacyRequest", { id: r.requestId, handling: "ERASE", resolution: "", correctedText: "" }, users[role])).toMatchObject({
        status: "error",
        message: "Du har ikke tilgang til å gjøre dette.",
      });
      expect((await db.input.findUniqueOrThrow({ where: { id: r.id }, select: { text: true } })).text).not.toBe(ERASED_TEXT);
    });
  }
});

describe("the retention setting", () => {
  it("takes 1–120 months and is audited", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    expect(await run("setRetention", { processId: p.id, retentionMonths: "0" })).toMatchObject({
      status: "error",
      fieldErrors: { retentionMonths: "Velg et helt antall måneder fra 1 til 120." },
    });
    expect(await run("setRetention", { processId: p.id, retentionMonths: "36" })).toMatchObject({ status: "success" });
    expect((await db.process.findUniqueOrThrow({ where: { id: p.id }, select: { retentionMonths: true } })).retentionMonths).toBe(36);
    expect(await db.auditLog.findFirst({ where: { processId: p.id, action: "process.update" }, select: { details: true } })).toEqual({
      details: { change: "retention", retentionMonths: 36 },
    });
  });
});

describe("the audit log's CSV export", () => {
  it("has a header, the entries in words and every row of the log", async () => {
    const bytes = new Uint8Array(await new Response(auditCsvStream({}, "nb")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for æøå
    const text = new TextDecoder().decode(bytes);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Når;Hvem;Prosess;Hva;Detaljer");
    expect(lines.length - 1).toBe(await db.auditLog.count());
    expect(text).toContain("Behandlet en forespørsel om personvern");
  });
});
