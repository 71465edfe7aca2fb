import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeCursor, encodeStartCursor, parseCursor, parseStartCursor } from "@/lib/keyset";

describe("activity keyset cursor", () => {
  it("round-trips and refuses what a person could type into the URL", () => {
    const row = { startsAt: new Date("2026-03-10T17:00:00.000Z"), id: "9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947" };
    expect(parseStartCursor(encodeStartCursor(row))).toEqual(row);
    expect(parseStartCursor("2026-03-10T17:00:00.000Z_not-a-uuid")).toBeUndefined();
    expect(parseStartCursor("yesterday_9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947")).toBeUndefined();
    expect(parseStartCursor(undefined)).toBeUndefined();
  });
});

// Issue #19 point 4: one "<iso>_<uuid>" cursor. Each list names the time after its column, but
// the text is written and read only by lib/keyset.ts (encodeCursor/parseCursor).
describe("one cursor format", () => {
  it("round-trips any (time, id) and refuses what is not one", () => {
    const at = new Date("2026-03-10T17:00:00.000Z");
    const id = "9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947";
    expect(parseCursor(encodeCursor(at, id))).toEqual({ at, id });
    expect(parseCursor(42)).toBeUndefined();
    expect(parseCursor(`${at.toISOString()}_${"0".repeat(36)}`)).toBeUndefined();
  });

  it("no other file writes or splits the cursor's text itself", () => {
    const SRC = path.resolve(import.meta.dirname, "../../src");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? (name === "generated" ? [] : files(full)) : /\.tsx?$/.test(name) ? [full] : [];
      });
    const own = files(SRC).filter((f) => !f.endsWith(path.join("lib", "keyset.ts")));
    const writers = own.filter((f) => /toISOString\(\)\}_\$\{/.test(readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f));
    const readers = own.filter((f) => /\.split\("_"\)/.test(readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f));
    expect({ writers, readers }).toEqual({ writers: [], readers: [] });
  });
});
