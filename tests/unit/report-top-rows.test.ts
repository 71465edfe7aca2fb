// The report's activity table at scale: the largest rows and one row summing the rest, so the
// column still adds up to the total (7 545 activities for DEMRE at a million inputs).
import { describe, expect, it } from "vitest";
import { ACTIVITIES_SHOWN, topRows } from "@/features/knowledge/report/top-rows";

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `a${i}`, inputs: n - i, share: (n - i) / 1000 }));

describe("topRows", () => {
  it("keeps a short table whole", () => {
    expect(topRows(rows(ACTIVITIES_SHOWN), ACTIVITIES_SHOWN)).toEqual({ shown: rows(ACTIVITIES_SHOWN), rest: null });
  });

  it("shows the largest rows and sums the others, so the column adds up", () => {
    const all = rows(7545);
    const { shown, rest } = topRows(all, ACTIVITIES_SHOWN);
    expect(shown).toEqual(all.slice(0, ACTIVITIES_SHOWN));
    expect(rest!.count).toBe(7545 - ACTIVITIES_SHOWN);
    const total = all.reduce((s, r) => s + r.inputs, 0);
    expect(shown.reduce((s, r) => s + r.inputs, 0) + rest!.inputs).toBe(total);
    expect(rest!.share).toBeCloseTo(all.slice(ACTIVITIES_SHOWN).reduce((s, r) => s + r.share, 0));
  });
});
