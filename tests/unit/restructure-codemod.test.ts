// scripts/restructure.ts is run again by the lead after the branches merge, on files it has never
// seen (issue #19 point 5). This builds a small old-layout repository with such files — a new
// file in an old folder, alias and relative imports into and out of moved folders, vi.mock and
// dynamic import paths, a path in a comment and in a doc — runs the codemod there, and checks
// the moves, every rewritten reference, and that a second run changes nothing.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
let dir = "";

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
const run = () => execFileSync(path.join(REPO, "node_modules/.bin/tsx"), ["scripts/restructure.ts"], { cwd: dir, encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "restructure-"));
  mkdirSync(path.join(dir, "scripts"));
  copyFileSync(path.join(REPO, "scripts/restructure.ts"), path.join(dir, "scripts/restructure.ts"));
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  write(".gitignore", "node_modules\n");
  write(".prettierrc.json", '{ "printWidth": 160 }\n');
  write("src/features/inbox/cursor.ts", "export const cursor = 1;\n");
  // Added on another branch: a new file in an old folder, importing relatively and by alias.
  write(
    "src/features/inbox/bulk-hide.ts",
    'import { cursor } from "./cursor";\nimport { generateReceiptCode } from "@/features/inputs/receipt-code";\nexport const bulk = [cursor, generateReceiptCode];\n',
  );
  write("src/features/inputs/receipt-code.ts", "export const generateReceiptCode = () => 'x';\n");
  write("src/features/inputs/submit-public-input.ts", 'import { generateReceiptCode } from "./receipt-code";\nexport const submit = generateReceiptCode;\n');
  write("src/features/knowledge/triage/save.ts", 'import { bulk } from "../../inbox/bulk-hide";\nexport const save = bulk;\n');
  write("src/features/sso/config.ts", "export const entra = 1;\n");
  write(
    "src/features/users/sign-in.ts",
    'import { entra } from "@/features/sso/config";\n// See src/features/sso/config.ts and features/inbox/cursor.ts.\nexport const signIn = entra;\n',
  );
  write(
    "tests/unit/sign-in.test.ts",
    'import { vi } from "vitest";\nvi.mock("@/features/sso/config", () => ({ entra: 2 }));\nexport const load = () => import("../../src/features/users/sign-in");\n',
  );
  write("docs/NOTES.md", "The inbox lives in `src/features/inbox/` and the receipt code in `src/features/inputs/receipt-code.ts`.\n");
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "old layout");
  // Not committed yet on that branch: an untracked file moves as well.
  write("src/features/recording/draft.ts", 'import { cursor } from "@/features/inbox/cursor";\nexport const draft = cursor;\n');
  run();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/restructure.ts", () => {
  it("moves every file of an old folder, tracked or not, and none stays behind", () => {
    expect(existsSync(path.join(dir, "src/features/inputs/inbox/bulk-hide.ts"))).toBe(true);
    expect(existsSync(path.join(dir, "src/features/inputs/recording/draft.ts"))).toBe(true);
    expect(existsSync(path.join(dir, "src/features/inputs/submit/submit-public-input.ts"))).toBe(true);
    expect(existsSync(path.join(dir, "src/lib/receipt-code.ts"))).toBe(true);
    expect(existsSync(path.join(dir, "src/features/auth/sso/config.ts"))).toBe(true);
    for (const old of ["src/features/inbox", "src/features/users", "src/features/sso", "src/features/recording", "src/features/inputs/receipt-code.ts"]) {
      expect(existsSync(path.join(dir, old)), old).toBe(false);
    }
    expect(git("status", "--porcelain")).toMatch(/^R {2}src\/features\/inbox\/cursor\.ts -> src\/features\/inputs\/inbox\/cursor\.ts$/m);
  });

  it("rewrites alias, relative, vi.mock and import() specifiers, relative within a feature and @/ across", () => {
    expect(read("src/features/inputs/inbox/bulk-hide.ts")).toContain('from "./cursor"');
    expect(read("src/features/inputs/inbox/bulk-hide.ts")).toContain('from "@/lib/receipt-code"');
    expect(read("src/features/inputs/submit/submit-public-input.ts")).toContain('from "@/lib/receipt-code"');
    expect(read("src/features/knowledge/triage/save.ts")).toContain('from "@/features/inputs/inbox/bulk-hide"');
    expect(read("src/features/inputs/recording/draft.ts")).toContain('from "@/features/inputs/inbox/cursor"');
    const test = read("tests/unit/sign-in.test.ts");
    expect(test).toContain('vi.mock("@/features/auth/sso/config"');
    expect(test).toContain('import("../../src/features/auth/sign-in")');
  });

  it("rewrites paths in comments and docs", () => {
    expect(read("src/features/auth/sign-in.ts")).toContain("See src/features/auth/sso/config.ts and features/inputs/inbox/cursor.ts.");
    expect(read("docs/NOTES.md")).toBe("The inbox lives in `src/features/inputs/inbox/` and the receipt code in `src/lib/receipt-code.ts`.\n");
  });

  it("changes nothing when run a second time", () => {
    const before = git("status", "--porcelain");
    expect(run()).toMatch(/^moved 0 file\(s\), rewrote references in 0 file\(s\)/);
    expect(git("status", "--porcelain")).toBe(before);
  }, 60_000);
});
