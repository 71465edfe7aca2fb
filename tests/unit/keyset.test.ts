import { describe, expect, it } from "vitest";
import { encodeStartCursor, parseStartCursor } from "@/lib/keyset";

describe("activity keyset cursor", () => {
  it("round-trips and refuses what a person could type into the URL", () => {
    const row = { startsAt: new Date("2026-03-10T17:00:00.000Z"), id: "9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947" };
    expect(parseStartCursor(encodeStartCursor(row))).toEqual(row);
    expect(parseStartCursor("2026-03-10T17:00:00.000Z_not-a-uuid")).toBeUndefined();
    expect(parseStartCursor("yesterday_9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947")).toBeUndefined();
    expect(parseStartCursor(undefined)).toBeUndefined();
  });
});
