// Issue #16 item 4: one definition of who counts as a politician. /admin («Politikere med
// konto»), /gruppeleder («N av M politikere har meldt seg på») and the participation page
// (per party) must give the same figures — on the demo seed, and after a deactivated account
// and a group leader (who is a politician in a party too) join.
// Database: the demo seed (tests/support/integration-setup.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { adminOverview, sqlInputFigures } from "@/features/dashboard/queries";
import { dashboardProcess, progressDashboard } from "@/features/group-leader/progress-queries";
import { participationOverview } from "@/features/participation/participation-queries";
import { participationByProcess } from "@/features/participation/representatives";
import { getDb } from "@/lib/db";

const db = getDb();
let demreId: string;

beforeAll(async () => {
  demreId = (await db.process.findUniqueOrThrow({ where: { slug: "demre" }, select: { id: true } })).id;
}, 120_000);

async function figures() {
  const [admin, leader, page] = await Promise.all([adminOverview(sqlInputFigures), participationByProcess(), participationOverview(demreId)]);
  const demre = leader.find((p) => p.id === demreId)!;
  const dashboard = await progressDashboard((await dashboardProcess("demre"))!);
  expect(dashboard.participation.totals.representatives).toBe(demre.total);
  expect(dashboard.participation.totals.signedUp).toBe(demre.signedUp);
  return {
    admin: admin.totals.politicians,
    leaderTotal: demre.total,
    leaderSignedUp: demre.signedUp,
    pageSeats: page.seats,
    pageSignedUp: page.signedUp,
    parties: page.parties,
  };
}

describe("who counts as a politician", () => {
  it("is the same on /admin, /gruppeleder and the participation page for the demo", async () => {
    const f = await figures();
    // The demo has nine politicians and one group leader (Ingrid Lunde, Høyre); the admin does not count.
    expect(f.admin).toBe(10);
    expect(f.leaderTotal).toBe(10);
    expect(f.pageSeats).toBe(10);
    expect(f.leaderSignedUp).toBe(f.pageSignedUp);
    const hoyre = f.parties.find((p) => p.shortName === "H")!;
    expect(hoyre.seats).toBe(1);
  });

  it("leaves out a deactivated account and counts a group leader in a party, on every page alike", async () => {
    const before = await figures();
    const ap = await db.party.findUniqueOrThrow({ where: { shortName: "Ap" }, select: { id: true } });
    const krf = await db.party.findUniqueOrThrow({ where: { shortName: "KrF" }, select: { id: true } });
    const activity = await db.activity.findFirstOrThrow({ where: { processId: demreId, status: { not: "CANCELLED" } }, select: { id: true } });
    const gone = await db.user.create({
      data: { name: "Deaktivert Dahl", email: "deaktivert@test.no", role: "POLITICIAN", partyId: ap.id, deactivatedAt: new Date() },
      select: { id: true },
    });
    await db.signup.create({ data: { activityId: activity.id, userId: gone.id, status: "CONFIRMED" } });
    const leader = await db.user.create({
      data: { name: "Gruppe Leder", email: "gl-krf@test.no", role: "GROUP_LEADER", partyId: krf.id },
      select: { id: true },
    });
    await db.signup.create({ data: { activityId: activity.id, userId: leader.id, status: "WAITLISTED" } });
    await db.user.create({ data: { name: "Admin Med Parti", email: "admin-parti@test.no", role: "ADMIN", partyId: ap.id } });

    const after = await figures();
    expect(after.admin).toBe(before.admin + 1);
    expect(after.leaderTotal).toBe(after.admin);
    expect(after.pageSeats).toBe(after.admin);
    expect(after.leaderSignedUp).toBe(before.leaderSignedUp + 1);
    expect(after.pageSignedUp).toBe(after.leaderSignedUp);
    const row = (short: string) => after.parties.find((p) => p.shortName === short)!;
    const beforeRow = (short: string) => before.parties.find((p) => p.shortName === short)!;
    expect(row("KrF").seats).toBe(beforeRow("KrF").seats + 1);
    expect(row("KrF").signedUp).toBe(beforeRow("KrF").signedUp + 1);
    expect(row("Ap")).toMatchObject({ seats: beforeRow("Ap").seats, signedUp: beforeRow("Ap").signedUp });
    expect(row("Ap").notSignedUp.map((u) => u.name)).not.toContain("Deaktivert Dahl");
  });
});
