// Closing the loop with citizens (issue #22) against a real SMTP server started here: the
// receipt, the answer and «Dette har vi hørt» are written in the same transaction as the change
// that causes them, in the citizen's language, each arrives once; nothing for a citizen who did
// not consent; and no message carries anyone else's data.
// Database: the demo seed (tests/support/integration-setup.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { getPublicForm, type PublicForm } from "@/features/forms/queries";
import { submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { createSmtpTransport } from "@/features/mail/transport";
import { drainOutbox } from "@/features/mail/worker";
import { runAction } from "@/lib/action";
import { db, getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let form: PublicForm;
let smtp: TestSmtp;
let admin = "";
beforeAll(async () => {
  form = (await getPublicForm("demre-innspill"))!;
  admin = (await createUser("ADMIN")).id;
  smtp = await startTestSmtp();
}, 60_000);
afterAll(async () => smtp?.stop());

const answers = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  kategori: "NEED",
  innspill: "Vi treng fleire benkar langs elva, så eldre kan kvile på turen.",
  bydel: form.districts[0]!.id,
  alder: "67-79",
  malgruppe: "",
  ...over,
});
const worker = () => ({ transport: createSmtpTransport(smtp.url), from: "medvirk@kommune.test", baseDelayMs: 50 });
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const outboxFor = (recipient: string) =>
  db.outboxMessage.findMany({
    where: { recipient },
    orderBy: { createdAt: "asc" },
    select: { kind: true, locale: true, subject: true, textBody: true, htmlBody: true, status: true, inputId: true },
  });

describe("a citizen who left an address and consented", () => {
  it("gets the receipt, the answer and «Dette har vi hørt» in nynorsk, each once, with a working unsubscribe header", async () => {
    const email = `kari-${randomUUID().slice(0, 8)}@example.no`;
    const submitted = await submitPublicInput(form, answers({ kontakt_name: "Kari", kontakt_email: email, kontakt_consent: "on" }), {
      clientKey: randomUUID(),
      locale: "nn",
    });
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    const input = await db.input.findUniqueOrThrow({ where: { receiptCode: submitted.receiptCode }, select: { id: true, processId: true } });

    let outbox = await outboxFor(email);
    expect(outbox).toMatchObject([{ kind: "INPUT_RECEIPT", locale: "nn", status: "PENDING", inputId: input.id }]);
    expect(outbox[0]!.textBody).toContain(submitted.receiptCode);
    expect(outbox[0]!.htmlBody).toContain('<html lang="nn">');

    // Marking as read is not news; a decision with a public answer is.
    expect((await run("markInputRead", { inputId: input.id })).status).toBe("success");
    expect(await outboxFor(email)).toHaveLength(1);
    const answer = { inputId: input.id, status: "USED", publicResponse: "Vi tek med benkane i planen for turvegen." };
    expect((await run("setInputStatus", answer)).status).toBe("success");
    // Saving the same again sends nothing new.
    expect((await run("setInputStatus", answer)).status).toBe("success");

    // «Dette har vi hørt» (the demo's page is published): publishing again reaches everyone who left an address, once.
    expect((await run("unpublishHeardPage", { processId: input.processId })).status).toBe("success");
    expect((await run("publishHeardPage", { processId: input.processId })).status).toBe("success");
    expect((await run("publishHeardPage", { processId: input.processId })).status).toBe("success");

    outbox = await outboxFor(email);
    expect(outbox.map((m) => [m.kind, m.locale])).toEqual([
      ["INPUT_RECEIPT", "nn"],
      ["INPUT_ANSWERED", "nn"],
      ["HEARD_PUBLISHED", "nn"],
    ]);
    expect(outbox[1]!.textBody).toContain("Vi tek med benkane i planen for turvegen.");
    expect(outbox[1]!.subject).toContain("innspelet");
    expect(outbox[2]!.subject).toContain("Dette har vi høyrt");

    await drainOutbox(getDb(), worker());
    const mine = smtp.received.filter((m) => m.to && "text" in m.to && m.to.text === email);
    expect(mine.map((m) => m.subject)).toEqual(outbox.map((m) => m.subject));
    for (const m of mine) {
      expect(m.headers.get("content-language")).toBe("nn");
      const raw = (key: string) => (m.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r\n\s+/g, " ");
      expect(raw("list-unsubscribe")).toMatch(/^List-Unsubscribe: <http:\/\/.+\/avmelding\/utfor\?t=[0-9a-f-]{36}\.[\w-]+&sprak=nn>$/);
      expect(raw("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(m.html).not.toMatch(/<img/i);
      // Nobody else's address or words.
      expect(`${m.text}${m.html}`).not.toMatch(/@(?!example\.no|medvirk)/);
    }
    expect((await outboxFor(email)).every((m) => m.status === "SENT")).toBe(true);
  });

  it("hears of a bulk decision (triage) once, and only when the status changes", async () => {
    const email = `per-${randomUUID().slice(0, 8)}@example.no`;
    const submitted = await submitPublicInput(form, answers({ kontakt_email: email, kontakt_consent: "on" }), { clientKey: randomUUID(), locale: "en" });
    if (!submitted.ok) throw new Error("not stored");
    const other = await submitPublicInput(form, answers(), { clientKey: randomUUID(), locale: "nb" });
    if (!other.ok) throw new Error("not stored");
    const ids = (await db.input.findMany({ where: { receiptCode: { in: [submitted.receiptCode, other.receiptCode] } }, select: { id: true } })).map(
      (i) => i.id,
    );
    expect((await run("bulkSetStatus", { inputIds: ids, status: "USED" })).status).toBe("success");
    expect((await run("bulkSetStatus", { inputIds: ids, status: "USED" })).status).toBe("success");
    const outbox = await outboxFor(email);
    expect(outbox.map((m) => [m.kind, m.locale])).toEqual([
      ["INPUT_RECEIPT", "en"],
      ["INPUT_ANSWERED", "en"],
    ]);
    expect(outbox[1]!.textBody).toContain("Status: used.");
  });

  it("gets nothing without consent (no contact details are even stored)", async () => {
    const before = await db.outboxMessage.count({ where: { kind: "INPUT_RECEIPT" } });
    const submitted = await submitPublicInput(form, answers(), { clientKey: randomUUID(), locale: "nb" });
    expect(submitted.ok).toBe(true);
    expect(await db.outboxMessage.count({ where: { kind: "INPUT_RECEIPT" } })).toBe(before);
  });

  it("an input hidden by moderation (spam, abuse) brings its address no «Dette har vi hørt»", async () => {
    const email = `skjult-${randomUUID().slice(0, 8)}@example.no`;
    const submitted = await submitPublicInput(form, answers({ kontakt_email: email, kontakt_consent: "on" }), { clientKey: randomUUID(), locale: "nb" });
    if (!submitted.ok) throw new Error("not stored");
    const input = await db.input.update({
      where: { receiptCode: submitted.receiptCode },
      data: { isHidden: true, hiddenReason: "SPAM" },
      select: { processId: true },
    });
    expect((await run("unpublishHeardPage", { processId: input.processId })).status).toBe("success");
    expect((await run("publishHeardPage", { processId: input.processId })).status).toBe("success");
    expect((await outboxFor(email)).map((m) => m.kind)).toEqual(["INPUT_RECEIPT"]);
  });

  it("a bot (honeypot) gets nothing", async () => {
    const email = `bot-${randomUUID().slice(0, 8)}@example.no`;
    await submitPublicInput(form, answers({ kontakt_email: email, kontakt_consent: "on", nettsted: "http://spam" }), { clientKey: randomUUID(), locale: "nb" });
    expect(await outboxFor(email)).toHaveLength(0);
  });
});
