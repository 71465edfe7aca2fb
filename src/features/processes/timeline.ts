// "Nå er vi her": where today falls on a process's phases and milestones.
import { osloDay } from "@/lib/oslo-time";

export type Dated = { startsOn: Date | null; endsOn: Date | null };

/** Dates are calendar days (Postgres DATE, read as UTC midnight); compare in Oslo's calendar. */
export { osloDay };
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** Index of the phase that contains today, or the next one to come, or -1 when all are past. */
export function currentPhaseIndex(phases: readonly Dated[], today: Date): number {
  const day = osloDay(today);
  const inside = phases.findIndex((p) => p.startsOn && p.endsOn && utcDay(p.startsOn) <= day && day <= utcDay(p.endsOn));
  if (inside >= 0) return inside;
  return -1;
}

export type PhaseState = "past" | "current" | "future" | "undated";

export function phaseState(phase: Dated, today: Date): PhaseState {
  if (!phase.startsOn || !phase.endsOn) return "undated";
  const day = osloDay(today);
  if (day < utcDay(phase.startsOn)) return "future";
  if (day > utcDay(phase.endsOn)) return "past";
  return "current";
}

/** Position of "Nå er vi her" among dated milestones: the index of the first one still ahead. */
export function hereIndex(milestoneDates: readonly Date[], today: Date): number {
  const day = osloDay(today);
  const next = milestoneDates.findIndex((d) => utcDay(d) >= day);
  return next === -1 ? milestoneDates.length : next;
}
