// Issue #22 × #18 §4: when a citizen's contact details are deleted — an administrator erases
// the input on request, or the retention job runs out a closed process — the e-mails already
// queued for that input are cancelled in the same transaction: the worker (against a real
// SMTP server) sends them nothing, and the outbox keeps no address for them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { enqueueInputAnswered } from "@/features/mail/citizen";
import { createSmtpTransport } from "@/features/mail/transport";
import { drainOutbox } from "@/features/mail/worker";
import { runRetention } from "@/features/privacy/retention";
import { runAction } from "@/lib/action";
import { db, getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makeProcess } from "../support/fixtures/processes";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;
let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
  smtp = await startTestSmtp();
}, 60_000);
afterAll(async () => smtp?.stop());

const worker = () => ({ transport: createSmtpTransport(smtp.url), from: "medvirk@kommune.test", baseDelayMs: 50 });
const deliveredTo = (email: string) => smtp.received.filter((m) => m.to && "text" in m.to && m.to.text === email);

/** An input with an address and a decision already queued for it (PENDING, as with SMTP down). */
async function inputWithQueuedAnswer(processId?: string) {
  const email = `kari-${randomUUID().slice(0, 8)}@example.no`;
  const input = await makeInput({
    ...(processId ? { processId } : {}),
    status: "USED",
    publicResponse: "Vi tar det med i planen.",
    contact: { create: { name: "Kari", email, consentAt: new Date() } },
  });
  await db.$transaction((tx) => enqueueInputAnswered(tx, { inputId: input.id, was: { status: "NEW", publicResponse: "" } }));
  const queued = await db.outboxMessage.findMany({ where: { inputId: input.id }, select: { id: true, status: true } });
  expect(queued).toEqual([{ id: expect.any(String), status: "PENDING" }]);
  return { ...input, email, messageId: queued[0]!.id };
}
const message = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true, recipient: true, dedupeKey: true } });

describe("deleting a citizen's contact details cancels what is queued for them", () => {
  it("an administrator erases the input on the citizen's request", async () => {
    const other = await inputWithQueuedAnswer();
    const target = await inputWithQueuedAnswer();
    const request = await db.privacyRequest.create({ data: { inputId: target.id, receiptCode: target.receiptCode, kind: "ERASURE" }, select: { id: true } });
    const handled = await runAction(COMMANDS.handlePrivacyRequest!, {
      userId: admin,
      input: { id: request.id, handling: "ERASE", resolution: "Slettet.", correctedText: "" },
    });
    expect(handled.status).toBe("success");

    expect(await message(target.messageId)).toEqual({ status: "CANCELLED", recipient: "", dedupeKey: null });
    await drainOutbox(getDb(), worker());
    expect(deliveredTo(target.email)).toHaveLength(0);
    // Someone else's message is untouched and goes out.
    expect(await message(other.messageId)).toMatchObject({ status: "SENT", recipient: other.email });
    expect(deliveredTo(other.email)).toHaveLength(1);
  });

  it("the retention job deletes a closed process's contact details", async () => {
    const process = await makeProcess({ status: "CLOSED" });
    await db.process.update({ where: { id: process.id }, data: { retentionMonths: 1, closedAt: new Date(Date.now() - 60 * 86_400_000) } });
    const target = await inputWithQueuedAnswer(process.id);
    const result = await runRetention();
    expect(result).toMatchObject({ ran: true });
    expect(await db.inputContact.count({ where: { inputId: target.id } })).toBe(0);

    expect(await message(target.messageId)).toEqual({ status: "CANCELLED", recipient: "", dedupeKey: null });
    await drainOutbox(getDb(), worker());
    expect(deliveredTo(target.email)).toHaveLength(0);
  });

  it("the worker cancels a citizen's message whose contact details went some other way", async () => {
    const target = await inputWithQueuedAnswer();
    await db.inputContact.delete({ where: { inputId: target.id } });
    await drainOutbox(getDb(), worker());
    expect(deliveredTo(target.email)).toHaveLength(0);
    expect(await message(target.messageId)).toEqual({ status: "CANCELLED", recipient: "", dedupeKey: null });
  });
});
