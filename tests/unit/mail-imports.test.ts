// Issue #22/#19: the outbox (features/mail) serves other features and must depend on none of
// them — the features that send mail import it, never the reverse — so mail is in no import
// cycle between features (`npm run check:cycles` lists the ones that remain).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MAIL = path.resolve(import.meta.dirname, "../../src/features/mail");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

describe("features/mail", () => {
  it("imports no other feature (type-only imports included)", () => {
    const outside = files(MAIL).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(IMPORT)]
        .map((m) => m[1] ?? m[2] ?? "")
        .filter((spec) => spec.startsWith("@/features/") && !spec.startsWith("@/features/mail/"))
        .map((spec) => `${path.relative(MAIL, file)} → ${spec}`),
    );
    expect(outside).toEqual([]);
  });
});
