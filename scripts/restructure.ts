// The folder layout of issue #19 point 5 as a re-runnable codemod, not hand edits: other branches
// keep adding files and imports to the old folders, so the move is run again after they merge.
// It moves every file under a mapped old path to its new path (git mv for tracked files) and
// rewrites every reference to a moved file in the repository's text files:
//   - string literals that are module specifiers: `@/…` aliases and `./`/`../` relative paths, in
//     imports, exports, import(), vi.mock(), vi.importActual(), new URL(…) — any literal that
//     resolves to a file (or folder) of the tree as it was before the move;
//   - paths in prose and strings (`src/features/inbox/cursor.ts`, `features/sso`, globs' fixed
//     parts) in code comments, configs and Markdown.
// A reference is rewritten only when it resolves against the old tree, so running it twice
// changes nothing the second time, and files it has never seen (added on other branches) are
// moved and rewritten like the rest. Ends with prettier on the files it changed (line width and
// import order) and prints what it did. Check afterwards: npx tsc --noEmit, npm run lint.
// Usage: tsx scripts/restructure.ts [--dry-run]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const DRY = process.argv.includes("--dry-run");

/**
 * Old → new, relative to the repository. A folder moves with everything under it; a file's own
 * line wins over its folder's (the longest matching old path wins). Files already under a new
 * path are never moved (features/inputs → features/inputs/submit moves only what is not yet in
 * one of the inputs sub-features). Why this layout: docs/ARCHITECTURE.md, "Folders".
 */
const MOVES: readonly (readonly [string, string])[] = [
  // Everything about a citizen's input under features/inputs: the citizen's submit and receipt,
  // the staff inbox (status, hide, read), import/export, and inputs recorded on paper.
  ["src/features/inputs", "src/features/inputs/submit"],
  ["src/features/inbox", "src/features/inputs/inbox"],
  ["src/features/input-transfer", "src/features/inputs/transfer"],
  ["src/features/recording", "src/features/inputs/recording"],
  // Signing in and one's own account (users), with the SSO flows (ID-porten, Entra ID) beside it;
  // accounts/ stays the administration's user management.
  ["src/features/users", "src/features/auth"],
  ["src/features/sso", "src/features/auth/sso"],
  // A politician's participation: sign-ups, the process's participation rule and overview, and
  // the one rule of who counts as a representative.
  ["src/features/signups", "src/features/participation"],
  ["src/features/accounts/participation-queries.ts", "src/features/participation/participation-queries.ts"],
  ["src/features/accounts/set-participation-rule.ts", "src/features/participation/set-participation-rule.ts"],
  ["src/features/accounts/representatives.ts", "src/features/participation/representatives.ts"],
  ["src/features/accounts/components/participation-overview.tsx", "src/features/participation/components/participation-overview.tsx"],
  ["src/features/accounts/components/participation-page.tsx", "src/features/participation/components/participation-page.tsx"],
  ["src/features/accounts/components/participation-rule-form.tsx", "src/features/participation/components/participation-rule-form.tsx"],
  // Shared by many features, owned by none: to src/lib and src/components.
  ["src/features/inputs/receipt-code.ts", "src/lib/receipt-code.ts"],
  ["src/features/calendar/origin.ts", "src/lib/request-origin.ts"],
  ["src/features/input-transfer/components/file-field.tsx", "src/components/file-field.tsx"],
  // A process's open forms are the forms feature's; the process page gets them as a slot.
  ["src/features/processes/components/process-forms.tsx", "src/features/forms/components/process-forms.tsx"],
  // All demo seeding in features/demo, which sits on top and nobody imports.
  ["src/features/evaluations/demo.ts", "src/features/demo/evaluations.ts"],
  ["src/features/group-leader/demo.ts", "src/features/demo/decisions.ts"],
  ["src/features/recording/demo.ts", "src/features/demo/recording.ts"],
];

/** Folders under src/features that hold only sub-features (same rule as scripts/check-cycles.ts). */
const GROUPS = new Set(["src/features/inputs"]);

const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|md|ya?ml)$/;
const SKIP =
  /^(node_modules|\.next[^/]*|\.data|src\/generated|test-results|playwright-report|prisma\/migrations)\/|^package-lock\.json$|^scripts\/restructure\.ts$/;
const CODE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const RESOLVE_EXT = [".ts", ".tsx", ".mts", ".js", ".mjs", ".json", ".css", "/index.ts", "/index.tsx"];

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tracked = new Set(git("ls-files", "-z").split("\0").filter(Boolean));
const untracked = git("ls-files", "-z", "--others", "--exclude-standard").split("\0").filter(Boolean);
// The tree before the move: every file git knows or would add (deleted-but-tracked files excluded).
const files = [...tracked, ...untracked].filter((f) => !SKIP.test(f) && existsSync(path.join(ROOT, f))).sort();
const fileSet = new Set(files);

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + "/");
const targets = MOVES.map(([, to]) => to);

/** The new path of a file or folder of the old tree (itself when it does not move). */
function moved(p: string): string {
  if (targets.some((t) => under(p, t))) return p;
  let best: readonly [string, string] | undefined;
  for (const m of MOVES) if (under(p, m[0]) && (!best || m[0].length > best[0].length)) best = m;
  return best ? best[1] + p.slice(best[0].length) : p;
}

/** A folder's new path, or undefined when the folder does not move as a whole (or is split). */
function movedDir(dir: string): string | undefined {
  const inside = files.filter((f) => under(f, dir));
  if (inside.length === 0) return undefined;
  const to = moved(dir);
  if (to === dir) return undefined;
  // features/inputs itself is not renamed: only the files not yet in a sub-feature move.
  if (MOVES.some(([from, t]) => from === dir && under(t, from))) return undefined;
  return inside.every((f) => moved(f) === to + f.slice(dir.length)) ? to : undefined;
}

const dirSet = new Set(
  files.flatMap((f) =>
    f
      .split("/")
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join("/")),
  ),
);
const isDir = (p: string) => dirSet.has(p);

type Resolved = { file: string; kind: "file" | "ext" | "index" | "dir" };
/** Resolves a path (relative to the repository, no leading ./) the way TypeScript and vitest do. */
function resolvePath(base: string): Resolved | undefined {
  if (fileSet.has(base)) return { file: base, kind: "file" };
  for (const ext of RESOLVE_EXT) if (fileSet.has(base + ext)) return { file: base + ext, kind: ext.startsWith("/index") ? "index" : "ext" };
  if (isDir(base)) return { file: base, kind: "dir" };
  return undefined;
}

/** The form a reference takes: without the extension or /index.ts when the original had none. */
function spelled(r: Resolved, newFile: string): string {
  if (r.kind === "ext") return newFile.replace(/\.(ts|tsx|mts|js|mjs|json|css)$/, "");
  if (r.kind === "index") return newFile.replace(/\/index\.tsx?$/, "");
  return newFile;
}

/** The unit a file belongs to for import style: a feature (or sub-feature), else its top folder under src. */
function nodeOf(p: string): string | undefined {
  if (!p.startsWith("src/")) return undefined;
  const parts = p.split("/");
  if (parts[1] === "features" && parts.length > 3) {
    return GROUPS.has(parts.slice(0, 3).join("/")) && parts.length > 4 ? parts.slice(0, 4).join("/") : parts.slice(0, 3).join("/");
  }
  return parts.length > 2 ? parts.slice(0, 2).join("/") : p;
}

function relativeSpec(fromFile: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(fromFile), to);
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** Rewrites one module specifier of `importer` (an old path); undefined when it stays. */
function rewriteSpecifier(importer: string, spec: string): string | undefined {
  const alias = spec.startsWith("@/");
  const base = alias ? `src/${spec.slice(2)}` : path.posix.join(path.posix.dirname(importer), spec);
  const r = resolvePath(base.replace(/\/$/, ""));
  if (!r) return undefined;
  const newImporter = moved(importer);
  const newTarget = r.kind === "dir" ? movedDir(r.file) : moved(r.file);
  if (!newTarget) return undefined;
  if (newTarget === r.file && newImporter === importer) return undefined;
  const target = spelled(r, newTarget);
  // Relative within one feature (or lib, components); across features the @/ alias, as the code does.
  const sameNode = nodeOf(newImporter) !== undefined && nodeOf(newImporter) === nodeOf(newTarget);
  const useAlias = target.startsWith("src/") && (alias || (!sameNode && newImporter.startsWith("src/")));
  const out = useAlias ? `@/${target.slice(4)}` : relativeSpec(newImporter, target);
  return out === spec ? undefined : out;
}

const SPECIFIER = /(["'`])((?:\.{1,2}\/|@\/)[^"'`\s$]*)\1/g;
// A path in prose or a string: src/features/… (a leading / or ../ allowed), or features/… on its own.
const PROSE_PATH = /(?<![\w@.-])src\/features\/[\w./-]*[\w-]|(?<![\w@./-])features\/[\w./-]*[\w-]/g;

function rewriteProse(text: string): string {
  return text.replace(PROSE_PATH, (token) => {
    const withSrc = token.startsWith("src/") ? token : `src/${token}`;
    const r = resolvePath(withSrc);
    if (!r) return token;
    const to = r.kind === "dir" ? movedDir(r.file) : moved(r.file);
    if (!to || to === r.file) return token;
    const out = spelled(r, to);
    return token.startsWith("src/") ? out : out.slice(4);
  });
}

function rewriteFile(file: string, text: string): string {
  let out = text;
  if (CODE_FILE.test(file))
    out = out.replace(SPECIFIER, (whole, quote: string, spec: string) => {
      const next = rewriteSpecifier(file, spec);
      return next ? `${quote}${next}${quote}` : whole;
    });
  return rewriteProse(out);
}

// 1. New contents, computed against the old tree.
const changed = new Map<string, string>();
for (const file of files.filter((f) => TEXT_FILE.test(f))) {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const next = rewriteFile(file, text);
  if (next !== text) changed.set(file, next);
}

// 2. The moves.
const moves = files.map((f) => [f, moved(f)] as const).filter(([from, to]) => from !== to);
for (const [, to] of moves) {
  if (fileSet.has(to)) throw new Error(`${to} exists already: refusing to move onto it (fix MOVES)`);
}
if (!DRY) {
  for (const [from, to] of moves) {
    mkdirSync(path.dirname(path.join(ROOT, to)), { recursive: true });
    if (tracked.has(from)) git("mv", from, to);
    else renameSync(path.join(ROOT, from), path.join(ROOT, to));
  }
  // Old folders left empty.
  const pruneEmpty = (dir: string) => {
    const full = path.join(ROOT, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) return;
    for (const name of readdirSync(full)) pruneEmpty(path.posix.join(dir, name));
    if (readdirSync(full).length === 0) rmdirSync(full);
  };
  for (const [from] of MOVES) pruneEmpty(from);
  for (const [file, text] of changed) writeFileSync(path.join(ROOT, moved(file)), text);
}

const written = [...changed.keys()].map(moved);
console.log(`${DRY ? "would move" : "moved"} ${moves.length} file(s), ${DRY ? "would rewrite" : "rewrote"} references in ${written.length} file(s)`);
for (const [from, to] of moves) if (process.argv.includes("--verbose")) console.log(`  ${from} → ${to}`);

// 3. Line width and import order of what changed, as `npm run format` would.
const formattable = [...new Set([...written, ...moves.map(([, to]) => to)])].filter((f) => /\.(tsx?|mjs|json)$/.test(f));
if (!DRY && formattable.length > 0) {
  execFileSync(path.join(ROOT, "node_modules/.bin/prettier"), ["--write", "--log-level=warn", ...formattable], { cwd: ROOT, stdio: "inherit" });
}
