// The outbox worker against a real SMTP server started here: while the server is down messages
// wait (attempts counted, back-off), nothing is lost; when it is back they arrive — each exactly
// once, also with two workers on two connection pools (two app instances) draining at once.
// After too many failures a message is DEAD and stays so until an administrator resends it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "@/features/mail/enqueue";
import { createSmtpTransport } from "@/features/mail/transport";
import { drainOutbox, retryDelayMs } from "@/features/mail/worker";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDb, db } from "@/lib/db";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;
let second: PrismaClient;
let third: PrismaClient;
beforeAll(async () => {
  smtp = await startTestSmtp();
  second = createDb(process.env.DATABASE_URL!);
  third = createDb(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await smtp?.stop();
  await second?.$disconnect();
  await third?.$disconnect();
});

const options = () => ({ transport: createSmtpTransport(smtp.url), from: "medvirk@kommune.test", baseDelayMs: 20, maxDelayMs: 20 });
const queue = (tag: string, n: number) =>
  db.$transaction((tx) =>
    enqueue(
      tx,
      Array.from({ length: n }, (_, i) => ({
        kind: "ADMIN_DIGEST" as const,
        recipient: `${tag}-${i}@example.no`,
        locale: "nb" as const,
        content: { subject: `${tag} ${i}`, paragraphs: ["Hei"] },
        why: "test",
      })),
      "http://localhost:1",
    ),
  );
const arrived = (tag: string) => smtp.received.filter((m) => m.subject?.startsWith(`${tag} `)).map((m) => m.subject);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the outbox worker", () => {
  it("keeps messages while SMTP is down and sends each exactly once when it is back, with two workers at once", async () => {
    const tag = `down-${randomUUID().slice(0, 6)}`;
    expect(await queue(tag, 12)).toBe(12);
    await smtp.stop();
    const failed = await drainOutbox(db, options());
    expect(failed.retry).toBe(1);
    const waiting = await db.outboxMessage.findMany({ where: { recipient: { startsWith: tag } }, select: { status: true, attempts: true, lastError: true } });
    expect(waiting.every((m) => m.status === "PENDING")).toBe(true);
    expect(waiting.filter((m) => m.attempts === 1)).toHaveLength(1);
    expect(waiting.find((m) => m.attempts === 1)!.lastError).not.toBe("");

    await smtp.start();
    await sleep(30);
    // Two instances drain concurrently (each with its own pool), twice over.
    await Promise.all([drainOutbox(second, options()), drainOutbox(third, options()), drainOutbox(second, options())]);
    const subjects = arrived(tag);
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
    expect(await db.outboxMessage.count({ where: { recipient: { startsWith: tag }, status: "SENT" } })).toBe(12);
    await Promise.all([drainOutbox(second, options()), drainOutbox(third, options())]);
    expect(arrived(tag)).toHaveLength(12);
  });

  it("gives up after the last attempt (DEAD) and never sends a dead message by itself", async () => {
    const tag = `dead-${randomUUID().slice(0, 6)}`;
    await queue(tag, 1);
    await smtp.stop();
    for (let i = 0; i < 3; i++) {
      await drainOutbox(db, { ...options(), maxAttempts: 3 });
      await sleep(30);
    }
    expect(await db.outboxMessage.findFirst({ where: { recipient: { startsWith: tag } }, select: { status: true, attempts: true } })).toEqual({
      status: "DEAD",
      attempts: 3,
    });
    await smtp.start();
    await sleep(30);
    await drainOutbox(db, options());
    expect(arrived(tag)).toHaveLength(0);
  });

  it("waits exponentially longer between attempts, up to a ceiling", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000, 3_600_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000, 3_600_000)).toBe(3_600_000);
  });
});
