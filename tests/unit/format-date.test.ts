// Dates read the Norwegian way in every language (day first, 24-hour clock, Oslo time), a
// weekday date names its year when it is not this year, and no page formats dates its own way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/dates/format-date";

const AFTERNOON = new Date("2026-12-07T13:15:00Z"); // 14:15 in Oslo
const NIGHT = new Date("2026-12-07T01:15:00Z"); // 02:15 in Oslo

describe("formatDate", () => {
  it("English pages: day before month, 24-hour clock, Oslo time", () => {
    expect(formatDate(AFTERNOON, "en", "dateTime")).toBe("7 December 2026 at 14:15");
    expect(formatDate(NIGHT, "en", "dateTime")).toBe("7 December 2026 at 02:15");
    expect(formatDate(AFTERNOON, "en", "dateTimeMedium")).not.toMatch(/AM|PM|Dec 7/);
    expect(formatDate(AFTERNOON, "en", "dateShort")).toBe("07/12/2026");
  });

  it("bokmål and nynorsk", () => {
    expect(formatDate(AFTERNOON, "nb", "dateTime")).toBe("7. desember 2026 kl. 14:15");
    expect(formatDate(AFTERNOON, "nn", "dateTimeFull")).toBe("måndag 7. desember 2026 kl. 14:15");
  });

  it("a weekday date names the year when it is not this year", () => {
    const now = new Date("2026-11-20T10:00:00Z");
    expect(formatDate(AFTERNOON, "nb", "weekdayDateTime", now)).toBe("mandag 7. desember kl. 14:15");
    expect(formatDate(new Date("2027-01-12T17:00:00Z"), "nb", "weekdayDateTime", now)).toBe("tirsdag 12. januar 2027 kl. 18:00");
    expect(formatDate(new Date("2027-01-12T17:00:00Z"), "en", "weekdayDateTime", now)).toBe("Tuesday, 12 January 2027 at 18:00");
  });

  it("calendar days stored as UTC midnight stay that day", () => {
    expect(formatDate(new Date("2026-10-01T00:00:00Z"), "nb", "day")).toBe("1. oktober 2026");
  });
});

describe("one date formatter", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? (p.includes("generated") ? [] : files(p)) : /\.tsx?$/.test(f) ? [p] : [];
    });
  it("no component formats a date for display by itself (next-intl's format.dateTime, toLocale*String)", () => {
    const src = path.resolve(import.meta.dirname, "../../src");
    const offenders = files(src).filter(
      (f) =>
        !f.includes(`${path.sep}lib${path.sep}dates${path.sep}`) &&
        /format\.dateTime\(|(?<!n\.)toLocale(Date|Time)?String\(|useFormatter\(\)\.dateTime/.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
  });
});
