import { describe, expect, it } from "vitest";
import { currentPhaseIndex, hereIndex, phaseState } from "@/features/processes/timeline";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const phases = [
  { startsOn: d("2025-08-18"), endsOn: d("2025-11-28") },
  { startsOn: d("2025-12-01"), endsOn: d("2026-02-27") },
];

describe("'Nå er vi her'", () => {
  it("finds the phase that contains today, by Oslo's calendar", () => {
    expect(currentPhaseIndex(phases, new Date("2025-10-06T12:00:00Z"))).toBe(0);
    // 23:30 UTC on 30 Nov is already 1 December in Oslo.
    expect(currentPhaseIndex(phases, new Date("2025-11-30T23:30:00Z"))).toBe(1);
    expect(currentPhaseIndex(phases, new Date("2025-11-29T12:00:00Z"))).toBe(-1);
  });

  it("marks phases past, current and future, and includes the last day", () => {
    const today = new Date("2025-11-28T20:00:00Z");
    expect(phases.map((p) => phaseState(p, today))).toEqual(["current", "future"]);
    expect(phaseState({ startsOn: null, endsOn: null }, today)).toBe("undated");
    expect(phaseState(phases[0]!, new Date("2026-01-10T12:00:00Z"))).toBe("past");
  });

  it("puts the marker before the first milestone still ahead", () => {
    const milestones = [d("2025-01-21"), d("2025-02-18"), d("2025-03-24")];
    expect(hereIndex(milestones, new Date("2025-01-01T12:00:00Z"))).toBe(0);
    expect(hereIndex(milestones, new Date("2025-02-18T09:00:00Z"))).toBe(1);
    expect(hereIndex(milestones, new Date("2025-02-19T09:00:00Z"))).toBe(2);
    expect(hereIndex(milestones, new Date("2025-12-01T09:00:00Z"))).toBe(3);
  });
});
