import { AppError } from "@/lib/errors";

const day = (d: Date) => d.toISOString().slice(0, 10);
const norwegian = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join(".");

/** A phase (or milestone) must lie inside the process's period when the process has one. */
export function assertInsideProcess(
  process: { startsOn: Date | null; endsOn: Date | null },
  dates: { startsOn: Date | null; endsOn: Date | null },
  fields: { start: string; end: string } = { start: "startsOn", end: "endsOn" },
) {
  if (!process.startsOn || !process.endsOn) return;
  const values = { from: norwegian(process.startsOn), to: norwegian(process.endsOn) };
  if (dates.startsOn && (day(dates.startsOn) < day(process.startsOn) || day(dates.startsOn) > day(process.endsOn))) {
    throw new AppError("INVALID", "dates.outsideProcess", fields.start, values);
  }
  if (dates.endsOn && (day(dates.endsOn) > day(process.endsOn) || day(dates.endsOn) < day(process.startsOn))) {
    throw new AppError("INVALID", "dates.outsideProcess", fields.end, values);
  }
}
