// Sign-in checks against real argon2id hashes, and the throttles that stop guessing without
// letting a stranger lock a person out or learn which e-mails have accounts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate, MAX_ATTEMPTS_TOTAL_PER_MINUTE, MAX_FAILED_PER_CLIENT, MAX_FAILURES_PER_CLIENT, THROTTLE_MINUTES } from "@/features/auth/authenticate";
import { db } from "@/lib/db";
import { RATE_STEP_SECONDS } from "@/lib/rate-limit";
import { createUser, TEST_PASSWORD } from "../support/factories";

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

  it("five failures from one client refuse that client for that e-mail only; the person signs in from their own device", async () => {
    const user = await createUser("ADMIN");
    const now = new Date("2026-03-01T10:00:00Z");
    const stranger = `stranger-${randomUUID()}`;
    for (let i = 0; i < MAX_FAILED_PER_CLIENT; i++) expect(await authenticate(user.email, "feil", now, stranger)).toEqual({ ok: false, reason: "invalid" });
    // Again and again: the stranger cannot lock the admin out.
    expect(await authenticate(user.email, TEST_PASSWORD, now, stranger)).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate(user.email, TEST_PASSWORD, now, `owner-${randomUUID()}`)).toMatchObject({ ok: true });
    // The stranger's own wait ends 15 minutes after the last failure (counted in 10-second steps).
    const almost = new Date(now.getTime() + THROTTLE_MINUTES * 60_000 - 1_000);
    expect(await authenticate(user.email, TEST_PASSWORD, almost, stranger)).toEqual({ ok: false, reason: "throttled" });
    const later = new Date(now.getTime() + THROTTLE_MINUTES * 60_000 + RATE_STEP_SECONDS * 1_000);
    expect(await authenticate(user.email, TEST_PASSWORD, later, stranger)).toMatchObject({ ok: true });
  });

  it("five failures within 15 minutes throttle even when they straddle a quarter hour (no fresh count at 10:15)", async () => {
    const user = await createUser("ADMIN");
    const client = `edge-${randomUUID()}`;
    // Three guesses just before 10:15, two just after: five within two minutes.
    const times = ["10:14:10", "10:14:30", "10:14:50", "10:15:05", "10:15:20"].map((t) => new Date(`2026-03-06T${t}Z`));
    for (const t of times) expect(await authenticate(user.email, "feil", t, client)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.email, TEST_PASSWORD, new Date("2026-03-06T10:15:30Z"), client)).toEqual({ ok: false, reason: "throttled" });
    // Sliding: at 10:29:20 the 10:14:10 guess has left the last 15 minutes but four remain, so a
    // sixth guess is let through (and counted); the oldest four keep it throttled after that.
    expect(await authenticate(user.email, "feil", new Date("2026-03-06T10:29:25Z"), client)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.email, TEST_PASSWORD, new Date("2026-03-06T10:29:30Z"), client)).toEqual({ ok: false, reason: "throttled" });
  });

  it("thirty failures from one client within 15 minutes throttle it across a quarter hour too", async () => {
    const client = `spray-edge-${randomUUID()}`;
    const start = new Date("2026-03-07T10:14:00Z").getTime();
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      const r = await authenticate(`offer${i}-${randomUUID()}@test.no`, "sommer2026", new Date(start + i * 4_000), client);
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const user = await createUser("GROUP_LEADER");
    expect(await authenticate(user.email, TEST_PASSWORD, new Date(start + 150_000), client)).toEqual({ ok: false, reason: "throttled" });
  });

  it("a known and an unknown e-mail are throttled alike, so the answer tells nothing about who has an account", async () => {
    const user = await createUser("POLITICIAN");
    const now = new Date("2026-03-02T10:00:00Z");
    const client = `c-${randomUUID()}`;
    const answers = async (email: string) => {
      const out: string[] = [];
      for (let i = 0; i <= MAX_FAILED_PER_CLIENT; i++) {
        const r = await authenticate(email, "feil", now, client);
        out.push(r.ok ? "ok" : r.reason);
      }
      return out;
    };
    const known = await answers(user.email);
    const unknown = await answers(`ingen-${randomUUID()}@test.no`);
    expect(known).toEqual(unknown);
    expect(known.at(-1)).toBe("throttled");
  });

  it("one client spraying many accounts is stopped after 30 attempts; other clients are not", async () => {
    const now = new Date("2026-03-03T10:00:00Z");
    const sprayer = `spray-${randomUUID()}`;
    const results = [];
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT + 2; i++) results.push(await authenticate(`offer${i}-${randomUUID()}@test.no`, "sommer2026", now, sprayer));
    expect(results.slice(0, MAX_FAILURES_PER_CLIENT).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(MAX_FAILURES_PER_CLIENT).every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    const user = await createUser("GROUP_LEADER");
    expect(await authenticate(user.email, TEST_PASSWORD, now, `other-${randomUUID()}`)).toMatchObject({ ok: true });
  });

  it("counts in total too: a flood from many addresses is refused above the global rate", async () => {
    const now = new Date("2026-03-04T10:00:00Z");
    await db.$executeRaw`INSERT INTO rate_limit (key, window_start, count) VALUES ('signin:total', ${new Date(Math.floor(now.getTime() / 60_000) * 60_000)}, ${MAX_ATTEMPTS_TOTAL_PER_MINUTE})
      ON CONFLICT (key, window_start) DO UPDATE SET count = ${MAX_ATTEMPTS_TOTAL_PER_MINUTE}`;
    const user = await createUser("ADMIN");
    expect(await authenticate(user.email, TEST_PASSWORD, now, `x-${randomUUID()}`)).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate(user.email, TEST_PASSWORD, new Date(now.getTime() + 60_000), `x-${randomUUID()}`)).toMatchObject({ ok: true });
  });

  it("counts parallel failures without losing any", async () => {
    const user = await createUser("POLITICIAN");
    const client = `p-${randomUUID()}`;
    const now = new Date("2026-03-05T10:00:00Z");
    await Promise.all(Array.from({ length: 8 }, () => authenticate(user.email, "feil", now, client)));
    expect(await authenticate(user.email, TEST_PASSWORD, now, client)).toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser("POLITICIAN");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await authenticate(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });
});
