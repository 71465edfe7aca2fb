// The DEMRE framework's three criteria for a method, scored HIGH / MEDIUM / LOW from the
// evaluations — and no score at all when fewer than two evaluations lie behind it ("for lite
// data"): a council should never read a verdict into one person's experience.
//  - transferable to other processes: the evaluators' «would use again» (1–5): ≥ 4 high, ≥ 3 medium
//  - works for several target groups: distinct groups evaluations say were reached: ≥ 3 high, 2 medium
//  - not too demanding (time, money, execution): politician-hours and cost per held activity:
//    ≤ 6 h and ≤ 5 000 kr high, ≤ 15 h and ≤ 25 000 kr medium, else low
export const MIN_EVALUATIONS = 2;
export type Score = "HIGH" | "MEDIUM" | "LOW";
export type Criteria = { transferable: Score; targetGroups: Score; demand: Score };

type Input = { evaluations: number; wouldUseAgain: number | null; groups: number; hours: number; cost: number | null; held: number };

export function scoreMethod(m: Input): Criteria | null {
  if (m.evaluations < MIN_EVALUATIONS || m.wouldUseAgain == null) return null;
  const hoursPer = m.hours / m.held;
  const costPer = (m.cost ?? 0) / m.held;
  return {
    transferable: m.wouldUseAgain >= 4 ? "HIGH" : m.wouldUseAgain >= 3 ? "MEDIUM" : "LOW",
    targetGroups: m.groups >= 3 ? "HIGH" : m.groups === 2 ? "MEDIUM" : "LOW",
    demand: hoursPer <= 6 && costPer <= 5_000 ? "HIGH" : hoursPer <= 15 && costPer <= 25_000 ? "MEDIUM" : "LOW",
  };
}
