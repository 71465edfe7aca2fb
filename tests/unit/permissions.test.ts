import { describe, expect, it } from "vitest";
import { can, HOME_BY_ROLE, PERMISSIONS, ROLES, type Permission } from "@/lib/permissions";

describe("permission table", () => {
  const permissions = Object.keys(PERMISSIONS) as Permission[];

  it("refuses everything to an anonymous visitor", () => {
    for (const p of permissions) {
      expect(can(null, p), p).toBe(false);
      expect(can(undefined, p), p).toBe(false);
    }
  });

  it("grants each role exactly what the table lists", () => {
    for (const role of ROLES) {
      for (const p of permissions) {
        expect(can(role, p), `${role} ${p}`).toBe((PERMISSIONS[p] as readonly string[]).includes(role));
      }
    }
  });

  it("keeps process design with the administration", () => {
    for (const p of ["process.create", "process.update", "process.publish", "process.copy", "toolbox.manage", "activity.manage"] as const) {
      expect(can("ADMIN", p)).toBe(true);
      expect(can("POLITICIAN", p)).toBe(false);
      expect(can("GROUP_LEADER", p)).toBe(false);
    }
  });

  it("lets only politicians sign themselves up and evaluate, and never change others' sign-ups", () => {
    expect(can("POLITICIAN", "signup.self")).toBe(true);
    expect(can("POLITICIAN", "signup.manage")).toBe(false);
    expect(can("GROUP_LEADER", "signup.manage")).toBe(false);
    expect(can("GROUP_LEADER", "evaluation.submit")).toBe(false);
  });

  it("never lets group leaders edit inputs", () => {
    for (const p of ["input.triage", "input.import", "input.record"] as const) expect(can("GROUP_LEADER", p)).toBe(false);
  });

  it("lets group leaders read the dashboard and record decisions, but never design or sign up (issue #17 §5)", () => {
    expect(ROLES.map((r) => [r, can(r, "dashboard.read"), can(r, "decision.record")])).toEqual([
      ["ADMIN", true, true],
      ["POLITICIAN", false, false],
      ["GROUP_LEADER", true, true],
    ]);
    for (const p of ["process.update", "activity.manage", "signup.manage", "signup.self", "input.triage", "form.manage"] as const)
      expect(can("GROUP_LEADER", p), p).toBe(false);
  });

  it("sends every role to an area it may enter", () => {
    const areaFor = { "/admin": "area.admin", "/politiker": "area.politician", "/gruppeleder": "area.groupLeader" } as const;
    for (const role of ROLES) expect(can(role, areaFor[HOME_BY_ROLE[role] as keyof typeof areaFor])).toBe(true);
  });

  it("lets every role into its own area only", () => {
    expect(ROLES.map((r) => [r, can(r, "area.admin"), can(r, "area.politician"), can(r, "area.groupLeader")])).toEqual([
      ["ADMIN", true, false, false],
      ["POLITICIAN", false, true, false],
      ["GROUP_LEADER", false, false, true],
    ]);
  });
});
