// Issue #19 point 4: one uuid schema. Form schemas import `uuidField` from lib/form-values.ts
// (message "validation.required") instead of writing `const uuid = …` again, and zod 4's
// `z.uuid()` is the one spelling (not the deprecated `z.string().uuid()` beside it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { uuidField } from "@/lib/form-values";

const SRC = path.resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === "generated" ? [] : files(full)) : /\.tsx?$/.test(name) ? [full] : [];
  });

describe("one uuid schema", () => {
  it("accepts an id and refuses anything else with validation.required", () => {
    expect(uuidField.safeParse("9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947").success).toBe(true);
    expect(uuidField.safeParse("").error?.issues[0]?.message).toBe("validation.required");
  });

  it("no file writes its own", () => {
    const found = files(SRC).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [
        ...(text.includes("z.string().uuid(") ? [`${path.relative(SRC, f)}: z.string().uuid(`] : []),
        ...(/const uuid = z\.(?:string\(\)\.)?uuid\("validation\.required"\)/.test(text) ? [`${path.relative(SRC, f)}: const uuid`] : []),
      ];
    });
    expect(found).toEqual([]);
  });
});
