// Oslo time at both daylight-saving changes (last Sunday of March: 02:00 → 03:00; last Sunday of
// October: 03:00 → 02:00) in 2026 and 2027, and the places that used to compute it themselves.
import { describe, expect, it } from "vitest";
import { osloDateTime } from "@/features/demo/data/demo-time";
import { osloMonth } from "@/features/knowledge/search/facet-index/facet-store";
import { fromOsloWallClock, osloAsUtc, osloDateTimeInput, osloDay, osloOffsetIso, osloOffsetMs, osloParts, osloStamp } from "@/lib/oslo-time";

const H = 3_600_000;
const changes = [
  { year: 2026, spring: "2026-03-29", autumn: "2026-10-25" },
  { year: 2027, spring: "2027-03-28", autumn: "2027-10-31" },
];

describe.each(changes)("Oslo time in $year", ({ spring, autumn }) => {
  it(`spring forward on ${spring} at 01:00 UTC`, () => {
    const change = Date.parse(`${spring}T01:00:00Z`);
    expect(osloOffsetMs(change - 1)).toBe(1 * H);
    expect(osloOffsetMs(change)).toBe(2 * H);
    expect(osloStamp(new Date(change - 60_000))).toBe(`${spring} 01:59`);
    expect(osloStamp(new Date(change))).toBe(`${spring} 03:00`);
    const [y, m, d] = spring.split("-").map(Number) as [number, number, number];
    expect(fromOsloWallClock(y, m, d, 1, 30).toISOString()).toBe(`${spring}T00:30:00.000Z`);
    expect(fromOsloWallClock(y, m, d, 3, 30).toISOString()).toBe(`${spring}T01:30:00.000Z`);
    expect(osloDateTime(spring, "01:30")).toBe(`${spring}T01:30:00+01:00`);
    expect(osloDateTime(spring, "12:00")).toBe(`${spring}T12:00:00+02:00`);
  });

  it(`fall back on ${autumn} at 01:00 UTC`, () => {
    const change = Date.parse(`${autumn}T01:00:00Z`);
    expect(osloOffsetMs(change - 1)).toBe(2 * H);
    expect(osloOffsetMs(change)).toBe(1 * H);
    expect(osloStamp(new Date(change - 60_000))).toBe(`${autumn} 02:59`);
    expect(osloStamp(new Date(change))).toBe(`${autumn} 02:00`);
    const [y, m, d] = autumn.split("-").map(Number) as [number, number, number];
    expect(fromOsloWallClock(y, m, d, 12, 0).toISOString()).toBe(`${autumn}T11:00:00.000Z`);
    expect(fromOsloWallClock(y, m, d, 0, 30).toISOString()).toBe(`${autumn}T22:30:00.000Z`.replace(autumn, shift(autumn, -1)));
    expect(osloDateTime(autumn, "00:30")).toBe(`${autumn}T00:30:00+02:00`);
    expect(osloDateTime(autumn, "12:00")).toBe(`${autumn}T12:00:00+01:00`);
    expect(osloOffsetIso(change)).toBe("+01:00");
  });
});

function shift(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe("Oslo days, months and inputs", () => {
  it("a late evening in UTC is the next Oslo day and month", () => {
    const newYear = new Date("2026-12-31T23:30:00Z");
    expect(osloDay(newYear)).toBe("2027-01-01");
    expect(osloParts(newYear)).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
    expect(osloMonth(newYear.getTime() / 1000)).toBe("2027-01");
    expect(osloDateTimeInput(new Date("2026-07-01T10:05:00Z"))).toBe("2026-07-01T12:05");
    expect(osloAsUtc(new Date("2026-07-01T10:05:42Z")).toISOString()).toBe("2026-07-01T12:05:00.000Z");
  });

  it("converts a million instants quickly (exports and the facet index)", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 1_000_000; i++) n += osloStamp(new Date(start + i * 31_000)).length;
    const ms = performance.now() - t0;
    expect(n).toBe(16_000_000);
    expect(ms).toBeLessThan(10_000);
  });
});
