// Issue #19 point 4: one helper locks one input, lib/lock-input.ts. The inbox, triage,
// moderation and suggestions each had a copy of `SELECT … FROM input WHERE id = … FOR UPDATE`
// with its own snake_case mapping; this fails if such a copy comes back. (Locking many inputs
// at once, `WHERE id = ANY(…) ORDER BY id`, is another shape and allowed.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === "generated" ? [] : files(full)) : /\.tsx?$/.test(name) ? [full] : [];
  });

describe("one input lock", () => {
  it("only lib/lock-input.ts locks a single input row", () => {
    const oneInputLock = /FROM input\b[^`]*?WHERE (?:i\.)?id = \$\{[^}]+\}::uuid[^`]*?FOR UPDATE/s;
    const found = files(SRC)
      .filter((f) => oneInputLock.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(SRC, f));
    expect(found).toEqual(["lib/lock-input.ts"]);
  });
});
