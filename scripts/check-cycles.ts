// Import cycles in src/: between features and between single files. A feature is a folder
// src/features/<name>; a folder there that holds only folders (no source file of its own) is a
// group, and each of its folders is a feature (src/features/inputs/inbox). A cycle between
// features means neither can be understood or moved without the other (issue #19). Prints each
// cycle; exits 1 when there is one. Run by `npm run lint` and the static step of `npm test`.
// Usage: tsx scripts/check-cycles.ts [--files] [--layers]
//   --files: list file-level cycles as well; --layers: print the features bottom-up, each
//   after every feature it imports (the layering docs/ARCHITECTURE.md describes).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(import.meta.dirname, "..", "src");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(SRC, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  if (existsSync(base) && statSync(base).isFile()) return base;
  return EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f));
}

/** Type-only imports vanish at run time but still tie two modules together for a reader: they count. */
function edges(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const targets = new Set<string>();
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolve(file, m[1] ?? m[2] ?? "");
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Tarjan's strongly connected components; every component of two or more nodes is a cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (meta.get(w)!.onStack) {
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
      }
    }
    if (meta.get(v)!.low === meta.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        meta.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

const FEATURES = path.join(SRC, "features");
const groups = new Set(
  readdirSync(FEATURES).filter((name) => {
    const dir = path.join(FEATURES, name);
    return statSync(dir).isDirectory() && !readdirSync(dir).some((f) => /\.tsx?$/.test(f) && statSync(path.join(dir, f)).isFile());
  }),
);

/** The node a file belongs to at feature level: src/features/<name> (or <group>/<name>), else its top folder under src. */
function featureOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if (parts[0] === "features" && groups.has(parts[1] ?? "") && parts.length > 3) return `features/${parts[1]}/${parts[2]}`;
  if (parts[0] === "features" && parts.length > 2) return `features/${parts[1]}`;
  return parts.length > 1 ? (parts[0] ?? file) : path.relative(SRC, file);
}

const fileGraph = edges(sourceFiles(SRC));
const featureGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  const from = featureOf(file);
  if (!from.startsWith("features/")) continue;
  const set = featureGraph.get(from) ?? new Set<string>();
  for (const t of targets) {
    const to = featureOf(t);
    if (to !== from && to.startsWith("features/")) set.add(to);
  }
  featureGraph.set(from, set);
}

const featureCycles = cycles(featureGraph);
const fileCycles = cycles(fileGraph);
for (const c of featureCycles) console.log(`feature cycle: {${c.join(", ")}}`);
if (process.argv.includes("--files")) for (const c of fileCycles) console.log(`file cycle: {${c.map((f) => path.relative(SRC, f)).join(", ")}}`);
if (process.argv.includes("--layers") && featureCycles.length === 0) {
  // Layer n holds the features whose imports all lie in layers below n.
  const layer = new Map<string, number>();
  const depth = (f: string): number => {
    if (!layer.has(f)) layer.set(f, Math.max(-1, ...[...(featureGraph.get(f) ?? [])].map(depth)) + 1);
    return layer.get(f)!;
  };
  for (const f of featureGraph.keys()) depth(f);
  const top = Math.max(...layer.values());
  for (let n = 0; n <= top; n++) {
    const names = [...layer].filter(([, l]) => l === n).map(([f]) => f.replace("features/", ""));
    console.log(`layer ${n}: ${names.sort().join(", ")}`);
  }
}
console.log(`${featureCycles.length} cycle(s) between features, ${fileCycles.length} between files (${featureGraph.size} features, ${fileGraph.size} files)`);
process.exit(featureCycles.length + fileCycles.length > 0 ? 1 : 0);
