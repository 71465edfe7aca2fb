// Account management and participation through the gate: initial passwords, deactivation
// (sessions end, sign-ups released), the self/last-admin rules, the participation overview
// per party, and the sign-up list as XLSX.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { deactivateAccount } from "@/features/accounts/deactivate-account";
import { listAccounts } from "@/features/accounts/queries";
import { accountFilterSchema } from "@/features/accounts/schemas";
import { authenticate } from "@/features/auth/authenticate";
import { COMMANDS } from "@/features/commands";
import { activitySignups } from "@/features/participation/admin-queries";
import { participationOverview } from "@/features/participation/participation-queries";
import { signupCsvRows, signupExportRows, toXlsx } from "@/features/participation/signup-export";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translateKey } from "@/lib/i18n/translator";
import { verifyPassword } from "@/lib/passwords";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { makeParty } from "../support/fixtures/accounts";
import { makeOpenActivity } from "../support/fixtures/signups";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>, userId = admin) => runAction(COMMANDS[name]!, { userId, input });
const userRow = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true, deactivatedAt: true, mustChangePassword: true, role: true, passwordHash: true } });

describe("creating an account", () => {
  it("stores an argon2id hash of a server-made initial password that must be changed, e-mail lower-cased", async () => {
    const party = await makeParty();
    const state = await run("createAccount", { name: "  Kari Nordmann ", email: " Kari.Nordmann@Drammen.Kommune.NO ", role: "POLITICIAN", partyId: party.id });
    expect(state.status, JSON.stringify(state)).toBe("success");
    if (state.status !== "success") return;
    const { id, password } = state.data as { id: string; password: string };
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const user = await db.user.findUniqueOrThrow({
      where: { id },
      select: { email: true, name: true, partyId: true, passwordHash: true, mustChangePassword: true },
    });
    expect(user).toMatchObject({ email: "kari.nordmann@drammen.kommune.no", name: "Kari Nordmann", partyId: party.id, mustChangePassword: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, password)).toBe(true);
    // The person can sign in with it; the audit log never holds it.
    expect((await authenticate("KARI.NORDMANN@drammen.kommune.no", password)).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "user.manage" }, select: { details: true } });
    expect(JSON.stringify(audit.details)).not.toContain(password);
  });

  it("lets a person with an initial password do nothing through the gate but change it", async () => {
    const created = await run("createAccount", {
      name: "Startpassord Testesen",
      email: `start-${Date.now()}@drammen.kommune.no`,
      role: "POLITICIAN",
      partyId: (await makeParty()).id,
    });
    if (created.status !== "success") throw new Error(JSON.stringify(created));
    const { id, password } = created.data as { id: string; password: string };
    const activity = await makeOpenActivity();
    const refused = await run("signUp", { activityId: activity.id }, id);
    expect(refused.status).toBe("error");
    expect(refused.status === "error" && refused.message).toMatch(/eget passord/);
    expect(await db.signup.count({ where: { activityId: activity.id, userId: id } })).toBe(0);
    const changed = await run(
      "changePassword",
      { currentPassword: password, newPassword: "mitt-eget-passord-2026", confirmPassword: "mitt-eget-passord-2026" },
      id,
    );
    expect(changed.status, JSON.stringify(changed)).toBe("success");
    expect((await userRow(id)).mustChangePassword).toBe(false);
    expect((await run("signUp", { activityId: activity.id }, id)).status).toBe("success");
  });

  it("refuses a duplicate e-mail (any case) with a message at the field, and a politician without party", async () => {
    const existing = await createUser("POLITICIAN");
    const party = await makeParty();
    const dup = await run("createAccount", { name: "Dobbel", email: existing.email.toUpperCase(), role: "POLITICIAN", partyId: party.id });
    expect(dup).toMatchObject({ status: "error", fieldErrors: { email: "Det finnes allerede en konto med denne e-postadressen." } });
    const noParty = await run("createAccount", { name: "Uten parti", email: "uten.parti@test.no", role: "GROUP_LEADER", partyId: "" });
    expect(noParty).toMatchObject({ status: "error", fieldErrors: { partyId: expect.stringContaining("Velg parti") } });
    expect(await db.user.count({ where: { email: "uten.parti@test.no" } })).toBe(0);
    // An administrator needs no party.
    expect((await run("createAccount", { name: "Saksbehandler", email: "saksbehandler.ny@test.no", role: "ADMIN", partyId: "" })).status).toBe("success");
  });
});

describe("deactivating an account", () => {
  it("ends the person's sessions, the gate refuses them, they cannot sign in, and upcoming sign-ups go to the waitlist", async () => {
    const target = await createUser("POLITICIAN");
    const next = await createUser("POLITICIAN");
    const upcoming = await makeOpenActivity({ capacity: 1 });
    await db.signup.create({ data: { activityId: upcoming.id, userId: target.id, status: "CONFIRMED" } });
    await db.signup.create({ data: { activityId: upcoming.id, userId: next.id, status: "WAITLISTED" } });
    const past = await makeOpenActivity({ daysAhead: -3, status: "DONE" });
    await db.signup.create({ data: { activityId: past.id, userId: target.id, status: "CONFIRMED" } });
    const before = await userRow(target.id);

    const state = await run("deactivateAccount", { id: target.id });
    expect(state).toMatchObject({ status: "success", data: { withdrawn: 1, promoted: [next.id] } });
    const after = await userRow(target.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.deactivatedAt).not.toBeNull();

    const statuses = await db.signup.findMany({ where: { userId: { in: [target.id, next.id] } }, select: { activityId: true, userId: true, status: true } });
    expect(statuses).toEqual(
      expect.arrayContaining([
        { activityId: upcoming.id, userId: target.id, status: "WITHDRAWN" },
        { activityId: upcoming.id, userId: next.id, status: "CONFIRMED" },
        { activityId: past.id, userId: target.id, status: "CONFIRMED" },
      ]),
    );
    const refused = await runAction(COMMANDS.signUp!, { userId: target.id, input: { activityId: (await makeOpenActivity()).id } });
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("ikke logget inn") });
    expect((await authenticate(target.email, TEST_PASSWORD)).ok).toBe(false);

    // Activated again: can sign in; the withdrawn sign-up stays withdrawn.
    expect((await run("reactivateAccount", { id: target.id })).status).toBe("success");
    expect((await authenticate(target.email, TEST_PASSWORD)).ok).toBe(true);
    expect((await db.signup.findFirstOrThrow({ where: { activityId: upcoming.id, userId: target.id } })).status).toBe("WITHDRAWN");
  });

  it("refuses deactivating or demoting yourself", async () => {
    const me = (await createUser("ADMIN")).id;
    expect(await run("deactivateAccount", { id: me }, me)).toMatchObject({ status: "error", message: expect.stringContaining("egen konto") });
    const self = await db.user.findUniqueOrThrow({ where: { id: me }, select: { name: true, email: true } });
    const demote = await run("updateAccount", { id: me, name: self.name, email: self.email, role: "POLITICIAN", partyId: (await makeParty()).id }, me);
    expect(demote).toMatchObject({ status: "error", fieldErrors: { role: expect.stringContaining("egen rolle") } });
    expect((await userRow(me)).role).toBe("ADMIN");
    expect((await userRow(me)).deactivatedAt).toBeNull();
  });

  it("never removes the last active administrator", async () => {
    const last = (await createUser("ADMIN")).id;
    const other = (await createUser("ADMIN")).id;
    // Inside a transaction that is rolled back: every other admin gone, then try to remove the last.
    const error = await db
      .$transaction(async (tx) => {
        await tx.user.updateMany({ where: { role: "ADMIN", id: { not: last } }, data: { deactivatedAt: new Date() } });
        await deactivateAccount(tx, other, last);
        throw new Error("should have been refused");
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("accounts.lastAdmin");
    expect(await db.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { in: [last, other] } } })).toBe(2);
  });
});

describe("editing an account", () => {
  it("refuses an e-mail another account has, and ends sessions when the role changes", async () => {
    const a = await createUser("POLITICIAN");
    const b = await createUser("POLITICIAN");
    const party = await makeParty();
    const dup = await run("updateAccount", { id: a.id, name: "A", email: b.email, role: "POLITICIAN", partyId: party.id });
    expect(dup).toMatchObject({ status: "error", fieldErrors: { email: expect.stringContaining("finnes allerede") } });
    const before = await userRow(a.id);
    expect((await run("updateAccount", { id: a.id, name: "A", email: a.email, role: "GROUP_LEADER", partyId: party.id })).status).toBe("success");
    expect(await userRow(a.id)).toMatchObject({ role: "GROUP_LEADER", sessionVersion: before.sessionVersion + 1 });
  });
});

describe("a new initial password", () => {
  it("replaces the old password, must be changed, and ends sessions", async () => {
    const target = await createUser("POLITICIAN");
    const before = await userRow(target.id);
    const state = await run("resetAccountPassword", { id: target.id });
    expect(state.status).toBe("success");
    const { password } = (state as { data: { password: string } }).data;
    expect(await userRow(target.id)).toMatchObject({ mustChangePassword: true, sessionVersion: before.sessionVersion + 1 });
    expect((await authenticate(target.email, TEST_PASSWORD)).ok).toBe(false);
    expect((await authenticate(target.email, password)).ok).toBe(true);
    // Choosing one's own password clears the flag.
    const changed = await runAction(COMMANDS.changePassword!, {
      userId: target.id,
      input: { currentPassword: password, newPassword: "mitt-eget-lange-passord", confirmPassword: "mitt-eget-lange-passord" },
    });
    expect(changed.status).toBe("success");
    expect((await userRow(target.id)).mustChangePassword).toBe(false);
  });
});

describe("the account list", () => {
  it("searches, filters by status and pages by keyset without overlap", async () => {
    const tag = `sokbar${Date.now()}`;
    await db.user.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({ email: `${tag}-${i}@test.no`, name: `${tag} ${String(i).padStart(2, "0")}`, role: "POLITICIAN" as const })),
    });
    await db.user.update({ where: { email: `${tag}-3@test.no` }, data: { deactivatedAt: new Date() } });
    const first = await listAccounts(accountFilterSchema.parse({ sok: tag.toUpperCase() }));
    expect(first.total).toBe(26);
    expect(first.rows).toHaveLength(25);
    const second = await listAccounts(accountFilterSchema.parse({ sok: tag, etter: first.next! }));
    expect(second.rows).toHaveLength(1);
    expect(second.next).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(26);
    const off = await listAccounts(accountFilterSchema.parse({ sok: tag, status: "deaktiverte" }));
    expect(off.rows.map((r) => r.email)).toEqual([`${tag}-3@test.no`]);
  });
});

describe("participation in a process", () => {
  it("counts per party who has signed up (waitlist counts, withdrawn and cancelled do not) and names the rest", async () => {
    const [ap, sv, krf] = [await makeParty(), await makeParty(), await makeParty()];
    const politician = async (name: string, partyId: string) =>
      db.user.create({
        data: { name, email: `${name.toLowerCase().replace(/\W/g, "")}${Date.now()}@test.no`, role: "POLITICIAN", partyId },
        select: { id: true },
      });
    const a1 = await politician("Anne Ap", ap.id);
    await politician("Bjørn Ap", ap.id);
    const s1 = await politician("Siri Sv", sv.id);
    const s2 = await politician("Sven Sv", sv.id);
    const k1 = await politician("Kjell KrF", krf.id);
    const gone = await politician("Gunn Ap", ap.id);
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });

    const act = await makeOpenActivity({ capacity: 1 });
    const cancelled = await db.activity.create({
      data: {
        processId: act.processId,
        methodId: (await db.activity.findUniqueOrThrow({ where: { id: act.id }, select: { methodId: true } })).methodId,
        title: "Avlyst",
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        status: "CANCELLED",
      },
      select: { id: true },
    });
    const elsewhere = await makeOpenActivity();
    await db.signup.createMany({
      data: [
        { activityId: act.id, userId: a1.id, status: "CONFIRMED" },
        { activityId: act.id, userId: s1.id, status: "WAITLISTED" },
        { activityId: act.id, userId: s2.id, status: "WITHDRAWN" },
        { activityId: cancelled.id, userId: k1.id, status: "CONFIRMED" },
        { activityId: elsewhere.id, userId: k1.id, status: "CONFIRMED" },
        { activityId: act.id, userId: gone.id, status: "CONFIRMED" },
      ],
    });

    const overview = await participationOverview(act.processId);
    const row = (partyId: string) => overview.parties.find((p) => p.partyId === partyId);
    expect(row(ap.id)).toMatchObject({ seats: 2, signedUp: 1, notSignedUp: [{ name: "Bjørn Ap" }] });
    expect(row(sv.id)).toMatchObject({ seats: 2, signedUp: 1, notSignedUp: [{ name: "Sven Sv" }] });
    expect(row(krf.id)).toMatchObject({ seats: 1, signedUp: 0, notSignedUp: [{ name: "Kjell KrF" }] });
  });

  it("sets the participation rule through the gate (audited), and an archived process is read-only", async () => {
    const act = await makeOpenActivity();
    expect((await run("setParticipationRule", { processId: act.processId, participationRule: "EVERYONE" })).status).toBe("success");
    expect((await db.process.findUniqueOrThrow({ where: { id: act.processId } })).participationRule).toBe("EVERYONE");
    expect(await db.auditLog.count({ where: { entityId: act.processId, action: "process.update", actorId: admin } })).toBe(1);
    await db.process.update({ where: { id: act.processId }, data: { status: "ARCHIVED" } });
    expect(await run("setParticipationRule", { processId: act.processId, participationRule: "VOLUNTARY" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("arkivert"),
    });
    expect((await run("setParticipationRule", { processId: act.processId, participationRule: "SOMETIMES" })).status).toBe("error");
  });
});

describe("the sign-up list as XLSX", () => {
  it("is a workbook exceljs reads back, with the CSV's columns, names in queue order and real dates", async () => {
    const party = await makeParty("Arbeiderpartiet test");
    const act = await makeOpenActivity({ capacity: 1 });
    const first = await createUser("POLITICIAN");
    const second = await createUser("POLITICIAN");
    await db.user.update({ where: { id: first.id }, data: { name: "Åse Ødegård", partyId: party.id } });
    await db.user.update({ where: { id: second.id }, data: { name: "Bård Venter" } });
    await db.signup.create({ data: { activityId: act.id, userId: first.id, status: "CONFIRMED", queuedAt: new Date("2026-03-01T10:00:00Z") } });
    await db.signup.create({ data: { activityId: act.id, userId: second.id, status: "WAITLISTED", queuedAt: new Date("2026-06-02T10:00:00Z") } });
    const activity = (await activitySignups(act.processId, act.id))!;
    const rows = signupExportRows(activity, {
      header: (k) => translateKey("nb", `signups.admin.csv.${k}`),
      status: (s) => translateKey("nb", `signups.home.status.${s}`),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(rows, activity.title)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["Status", "Nr.", "Navn", "Parti", "E-post", "Meldt på", "Fått plass fra venteliste"]);
    expect(values(2).slice(1, 5)).toEqual([1, "Åse Ødegård", "Arbeiderpartiet test", first.email]);
    expect(values(3).slice(1, 3)).toEqual([1, "Bård Venter"]);
    // Oslo wall-clock time in the cell (Excel has no time zones): 10:00 UTC is 11:00 in March, 12:00 in June.
    expect(values(2)[5]).toEqual(new Date("2026-03-01T11:00:00Z"));
    expect(values(3)[5]).toEqual(new Date("2026-06-02T12:00:00Z"));
    expect(sheet.rowCount).toBe(3);
    const csv = signupCsvRows(rows);
    expect(csv[1]![5]).toBe("2026-03-01 11:00");
    expect(csv[2]![5]).toBe("2026-06-02 12:00");
  });
});
