// Sign-in checks against real argon2id hashes and the lock-out rule: five failures in a row
// lock the account for 15 minutes.
import { describe, expect, it } from "vitest";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, authenticate } from "@/features/users/authenticate";
import { db } from "@/lib/db";
import { TEST_PASSWORD, createUser } from "../support/factories";

const hashOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });

describe("authenticate", () => {
  it("stores argon2id hashes, never the password", async () => {
    const user = await createUser("POLITICIAN", { password: "et-langt-og-godt-passord" });
    const { passwordHash } = await hashOf(user.id);
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(passwordHash).not.toContain("et-langt-og-godt-passord");
  });

  it("accepts the right password whatever the e-mail's case, and records the sign-in", async () => {
    const user = await createUser("ADMIN");
    const result = await authenticate(`  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "ADMIN" } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("says the same for an unknown e-mail as for a wrong password", async () => {
    const user = await createUser("ADMIN");
    expect(await authenticate("finnes.ikke@test.no", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.email, "feil-passord")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account for 15 minutes after five failures in a row, even for the right password", async () => {
    const user = await createUser("POLITICIAN");
    const now = new Date("2026-03-01T10:00:00Z");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) expect(await authenticate(user.email, "feil", now)).toMatchObject({ reason: "invalid" });
    const fifth = await authenticate(user.email, "feil", now);
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    expect(fifth.ok === false && fifth.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MINUTES * 60_000);

    const during = new Date(now.getTime() + 14 * 60_000);
    expect(await authenticate(user.email, TEST_PASSWORD, during)).toMatchObject({ ok: false, reason: "locked" });

    const after = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect(await authenticate(user.email, TEST_PASSWORD, after)).toMatchObject({ ok: true });
  });

  it("starts counting again after a successful sign-in", async () => {
    const user = await createUser("GROUP_LEADER");
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await authenticate(user.email, "feil");
    expect(await authenticate(user.email, TEST_PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) expect(await authenticate(user.email, "feil")).toMatchObject({ reason: "invalid" });
  });

  it("counts parallel failures without losing any", async () => {
    const user = await createUser("POLITICIAN");
    const results = await Promise.all(Array.from({ length: 8 }, () => authenticate(user.email, "feil")));
    expect(results.some((r) => !r.ok && r.reason === "locked")).toBe(true);
    expect(await authenticate(user.email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser("POLITICIAN");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticate(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });
});
