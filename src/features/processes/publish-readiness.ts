// The publishing gate: what a process needs before citizens can see it. Pure, so the publish
// page and the service give the same answer.
export type ReadinessInput = {
  goal: string;
  expectationGap: string;
  inputUsePlan: string;
  phases: { startsOn: Date | null; endsOn: Date | null }[];
  targetGroupCount: number;
};

/** Each missing item names the admin page that fixes it. */
export const READINESS_ITEMS = [
  { key: "goal", section: "rammer", field: "goal" },
  { key: "expectationGap", section: "rammer", field: "expectationGap" },
  { key: "inputUsePlan", section: "rammer", field: "inputUsePlan" },
  { key: "datedPhase", section: "faser", field: null },
  { key: "targetGroup", section: "malgrupper", field: null },
] as const;
export type ReadinessKey = (typeof READINESS_ITEMS)[number]["key"];

export function missingForPublishing(p: ReadinessInput): ReadinessKey[] {
  const missing: ReadinessKey[] = [];
  if (!p.goal.trim()) missing.push("goal");
  if (!p.expectationGap.trim()) missing.push("expectationGap");
  if (!p.inputUsePlan.trim()) missing.push("inputUsePlan");
  if (!p.phases.some((ph) => ph.startsOn && ph.endsOn)) missing.push("datedPhase");
  if (p.targetGroupCount < 1) missing.push("targetGroup");
  return missing;
}
