// `ANALYZE=1 npx next build && npx tsx scripts/bundle-report.ts [route …]`: which packages and
// app files make up the JavaScript a page loads first (issue #20). For each route (an app
// folder, e.g. "(public)/prosesser/[slug]") it takes the chunks the page's HTML loads — the
// framework's root files from build-manifest.json and the entry files of the page, its layouts
// and the error boundaries from its client-reference manifest — and splits each chunk's bytes
// over the sources its source map names. A chunk's gzipped size is shared out in proportion to
// each source's minified bytes, so the per-package figures are estimates that add up to the
// chunk. NEXT_DIST_DIR picks another build folder.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
const ROUTES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["(public)", "(public)/prosesser/[slug]", "(public)/skjema/[slug]", "(public)/kvittering/[code]", "logg-inn"];

type SourceMap = { sources: string[]; mappings: string; sections?: { offset: { line: number; column: number }; map: SourceMap }[] };

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Decodes a source map's mappings into, per generated line, [column, source index] pairs. */
function decode(mappings: string) {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(";")) {
    const segs: [number, number][] = [];
    let col = 0;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.get(ch)!;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      if (values.length >= 4) source += values[1]!;
      segs.push([col, values.length >= 4 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** Which package (or app folder) a source path belongs to. */
function owner(source: string) {
  const s = source.replace(/^.*?\[project\]\//, "").replace(/^turbopack:\/\/\/?/, "");
  // A file right under node_modules/ comes from a package's own source map that dropped its folder.
  if (/node_modules\/[^/]+$/.test(s)) return `${s} (no package named)`;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (m) {
    if (m[1] === "next") return `next: ${/next\/(?:dist\/(?:esm\/)?(?:compiled\/)?|src\/)([^/.]+)/.exec(s)?.[1] ?? "other"}`;
    return m[1]!;
  }
  if (s.startsWith("src/")) return s;
  return s.startsWith("[turbopack]") ? "turbopack runtime" : s || "(unmapped)";
}

/** Minified bytes per owner in one chunk, from its source map (plain or with sections). */
function bytesByOwner(code: string, map: SourceMap) {
  const lines = code.split("\n");
  const out = new Map<string, number>();
  const add = (k: string, n: number) => out.set(k, (out.get(k) ?? 0) + n);
  const sections = map.sections ?? [{ offset: { line: 0, column: 0 }, map }];
  sections.forEach((section, si) => {
    const next = sections[si + 1]?.offset;
    decode(section.map.mappings).forEach((segs, li) => {
      const line = section.offset.line + li;
      const text = lines[line] ?? "";
      segs.forEach(([col, src], i) => {
        const start = (li === 0 ? section.offset.column : 0) + col;
        let end = i + 1 < segs.length ? (li === 0 ? section.offset.column : 0) + segs[i + 1]![0] : text.length;
        if (next && next.line === line) end = Math.min(end, next.column);
        if (end > start) add(src >= 0 ? owner(section.map.sources[src] ?? "") : "(unmapped)", end - start);
      });
    });
  });
  const mapped = [...out.values()].reduce((a, b) => a + b, 0);
  if (code.length > mapped) add("(unmapped)", code.length - mapped);
  return out;
}

function readManifest(route: string) {
  const file = path.join(DIST, "server/app", route, "page_client-reference-manifest.js");
  const ctx = createContext({ globalThis: {} as Record<string, unknown> });
  runInContext(readFileSync(file, "utf8"), ctx);
  const all = (ctx.globalThis as { __RSC_MANIFEST: Record<string, { entryJSFiles: Record<string, string[]> }> }).__RSC_MANIFEST;
  return Object.values(all)[0]!.entryJSFiles;
}

const build = JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const kb = (n: number) => +(n / 1024).toFixed(1);

for (const route of ROUTES) {
  const entries = readManifest(route);
  // Boundaries the HTML does not load up front (not-found, forbidden) are left out.
  const files = new Set([...build.rootMainFiles, ...Object.entries(entries).flatMap(([k, v]) => (/\/(not-found|forbidden|unauthorized)$/.test(k) ? [] : v))]);
  const byOwner = new Map<string, { raw: number; gz: number }>();
  let total = 0;
  for (const f of files) {
    const code = readFileSync(path.join(DIST, f), "utf8");
    const gz = gzipSync(code).length;
    total += gz;
    // Turbopack names a chunk's map in its last line (not always `<chunk>.map`).
    const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = path.join(DIST, path.dirname(f), mapName ?? `${path.basename(f)}.map`);
    const parts = existsSync(mapFile) ? bytesByOwner(code, JSON.parse(readFileSync(mapFile, "utf8")) as SourceMap) : new Map([[`(no map) ${f}`, code.length]]);
    for (const [k, raw] of parts) {
      const e = byOwner.get(k) ?? { raw: 0, gz: 0 };
      e.raw += raw;
      e.gz += (gz * raw) / code.length;
      byOwner.set(k, e);
    }
  }
  console.log(`\n/${route}: ${files.size} chunks, ${kb(total)} kB gzipped`);
  console.table(
    [...byOwner.entries()]
      .sort((a, b) => b[1].gz - a[1].gz)
      .filter(([, v]) => v.gz >= 200)
      .map(([k, v]) => ({ source: k, "kB min": kb(v.raw), "kB gz (est.)": kb(v.gz) })),
  );
}
