// Server-side sessions (src/features/auth/sessions.ts): a session lives until it is ended or
// expires, and ending one leaves the user's other sessions alone.
import { describe, expect, it } from "vitest";
import { endSession, liveSession, startSession } from "@/features/auth/sessions";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";

const isLive = async (userId: string, sid: string, now = new Date()) => (await db.user.count({ where: { id: userId, sessions: liveSession(sid, now) } })) === 1;

describe("server-side sessions", () => {
  it("sign-out ends exactly that session; another browser stays signed in", async () => {
    const user = await createUser("POLITICIAN");
    const laptop = await startSession(user.id);
    const phone = await startSession(user.id);
    expect(await isLive(user.id, laptop)).toBe(true);
    await endSession(laptop);
    expect(await isLive(user.id, laptop)).toBe(false);
    expect(await isLive(user.id, phone)).toBe(true);
  });

  it("a session expires after eight hours, and a session id belongs to one user only", async () => {
    const user = await createUser("ADMIN");
    const other = await createUser("ADMIN");
    const sid = await startSession(user.id);
    expect(await isLive(user.id, sid, new Date(Date.now() + 7 * 3600_000))).toBe(true);
    expect(await isLive(user.id, sid, new Date(Date.now() + 8 * 3600_000 + 1000))).toBe(false);
    expect(await isLive(other.id, sid)).toBe(false);
  });

  it("ignores ids that are not session ids", async () => {
    await expect(endSession("'; DROP TABLE user_session; --")).resolves.toBeUndefined();
    await expect(endSession(undefined)).resolves.toBeUndefined();
  });
});
