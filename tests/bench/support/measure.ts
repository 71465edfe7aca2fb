// Timing helpers for the benchmarks: warm-up, N samples, nearest-rank percentiles.
import { performance } from "node:perf_hooks";

export type Stats = { n: number; p50: number; p95: number; max: number; mean: number };

export function stats(times: number[]): Stats {
  const s = [...times].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: round(rank(50)), p95: round(rank(95)), max: round(s.at(-1) ?? NaN), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

/**
 * Runs `fn` `warmup` times unmeasured, then `samples` times measured, cycling through `cases`
 * (so a set of queries shares one distribution). Stops early after `budgetMs` of measured
 * time, with at least `minSamples`, so one very slow case cannot hold the whole run hostage.
 */
export async function sample<C>(
  cases: readonly C[],
  fn: (c: C, i: number) => Promise<unknown>,
  opts: { warmup?: number; samples?: number; minSamples?: number; budgetMs?: number } = {},
): Promise<{ times: number[]; perCase: Map<C, number[]> }> {
  const { warmup = 3, samples = 30, minSamples = 5, budgetMs = 60_000 } = opts;
  const warmStart = performance.now();
  for (let i = 0; i < warmup * cases.length; i++) {
    await fn(cases[i % cases.length]!, i);
    if (performance.now() - warmStart > budgetMs / 4 && i >= cases.length - 1) break; // slow: every case warmed once is enough
  }
  const times: number[] = [];
  const perCase = new Map<C, number[]>();
  let spent = 0;
  for (let i = 0; i < samples; i++) {
    const c = cases[i % cases.length]!;
    const t0 = performance.now();
    await fn(c, i);
    const t = performance.now() - t0;
    times.push(t);
    perCase.set(c, [...(perCase.get(c) ?? []), t]);
    spent += t;
    if (spent > budgetMs && times.length >= minSamples) break;
  }
  return { times, perCase };
}
