// Turning e-mail off (issue #22): the unsubscribe link (signed, no sign-in) turns every citizen
// kind off for that address — also for a message already queued, which is then skipped, not
// sent; /konto choices are per kind; a forged or altered token does nothing; resending a DEAD
// message goes through the gate (admins only, audited).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { enqueue } from "@/features/mail/enqueue";
import { unsubscribe, unsubscribeTarget } from "@/features/mail/unsubscribe";
import { drainOutbox } from "@/features/mail/worker";
import { runAction } from "@/lib/action";
import { db, getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeOpenActivity } from "../support/fixtures/signups";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const citizenMail = (email: string, kind: "INPUT_RECEIPT" | "HEARD_PUBLISHED" = "INPUT_RECEIPT") =>
  db.$transaction((tx) =>
    enqueue(tx, [{ kind, recipient: email, locale: "nb", content: { subject: "Kvittering", paragraphs: ["Takk"] }, why: "x" }], "http://localhost:1"),
  );
const tokenOf = async (email: string) => {
  const m = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email }, select: { unsubscribeUrl: true } });
  return new URL(m.unsubscribeUrl).searchParams.get("t")!;
};

describe("unsubscribing by link", () => {
  it("turns every citizen kind off for the address, skips what is queued, and refuses a forged token", async () => {
    const email = `ola-${randomUUID().slice(0, 8)}@example.no`;
    await citizenMail(email);
    await citizenMail(email, "HEARD_PUBLISHED");
    const token = await tokenOf(email);
    expect(await unsubscribeTarget(token)).toMatchObject({ maskedAddress: expect.stringMatching(/^o\*\*\*@example\.no$/), kind: "INPUT_RECEIPT" });

    const [id, sig] = token.split(".");
    expect(await unsubscribe(`${id}.${sig!.slice(1)}x`)).toBe(false);
    expect(await unsubscribe(`${randomUUID()}.${sig}`)).toBe(false);
    expect(await db.mailOptOut.count({ where: { address: email } })).toBe(0);

    expect(await unsubscribe(token)).toBe(true);
    expect(await unsubscribe(token)).toBe(true); // twice is fine
    expect((await db.mailOptOut.findMany({ where: { address: email }, select: { kind: true }, orderBy: { kind: "asc" } })).map((o) => o.kind).sort()).toEqual([
      "HEARD_PUBLISHED",
      "INPUT_ANSWERED",
      "INPUT_RECEIPT",
    ]);
    // Nothing new is queued for the address, and what was queued is skipped by the worker.
    expect(await citizenMail(email)).toBe(0);
    const sent: string[] = [];
    await drainOutbox(getDb(), { transport: { sendMail: async (m: { to: string }) => sent.push(m.to) } as never, from: "x@y.no" });
    expect(sent).not.toContain(email);
    expect(await db.outboxMessage.count({ where: { recipient: email, status: "SKIPPED" } })).toBe(2);
  });
});

describe("choices on /konto", () => {
  it("a politician who turned confirmations off gets none, and gets them again when turned on", async () => {
    const p = await createUser("POLITICIAN");
    const save = (on: string[]) => runAction(COMMANDS.saveMailPreferences!, { userId: p.id, input: { shown: ["signupConfirmed", "signupPromoted"], on } });
    expect(await save(["signupPromoted"])).toMatchObject({ status: "success" });
    const a1 = await makeOpenActivity();
    expect(await runAction(COMMANDS.signUp!, { userId: p.id, input: { activityId: a1.id } })).toMatchObject({ status: "success" });
    expect(await db.outboxMessage.count({ where: { recipient: p.email } })).toBe(0);
    expect(await save(["signupPromoted", "signupConfirmed"])).toMatchObject({ status: "success" });
    const a2 = await makeOpenActivity();
    expect(await runAction(COMMANDS.signUp!, { userId: p.id, input: { activityId: a2.id } })).toMatchObject({ status: "success" });
    expect(await db.outboxMessage.count({ where: { recipient: p.email, kind: "SIGNUP_CONFIRMED" } })).toBe(1);
  });
});

describe("resending a dead message", () => {
  it("puts it back in the queue for an admin (audited), and is refused for a sent one and for politicians", async () => {
    const dead = await db.outboxMessage.create({
      data: {
        kind: "ADMIN_DIGEST",
        recipient: "a@example.no",
        subject: "s",
        textBody: "t",
        htmlBody: "h",
        status: "DEAD",
        attempts: 8,
        lastError: "550 mailbox full",
      },
      select: { id: true },
    });
    const sent = await db.outboxMessage.create({
      data: { kind: "ADMIN_DIGEST", recipient: "a@example.no", subject: "s", textBody: "t", htmlBody: "h", status: "SENT", attempts: 1 },
      select: { id: true },
    });
    const politician = await createUser("POLITICIAN");
    expect(await runAction(COMMANDS.resendOutboxMessage!, { userId: politician.id, input: { messageId: dead.id } })).toMatchObject({ status: "error" });
    expect(await runAction(COMMANDS.resendOutboxMessage!, { userId: admin, input: { messageId: sent.id } })).toMatchObject({
      status: "error",
      message: expect.stringContaining("gitt opp"),
    });
    expect(await runAction(COMMANDS.resendOutboxMessage!, { userId: admin, input: { messageId: dead.id } })).toMatchObject({ status: "success" });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: dead.id }, select: { status: true, attempts: true } })).toEqual({
      status: "PENDING",
      attempts: 0,
    });
    expect(await db.auditLog.count({ where: { action: "mail.manage", entityId: dead.id, actorId: admin } })).toBe(1);
  });
});
