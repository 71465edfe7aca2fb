// Issue #19 point 4, one link component, as a re-runnable codemod rather than hand edits: the
// other branches keep writing links the old ways, so the lead runs it again on the merged tree.
// Every .tsx file under src/ is read with TypeScript's parser, and three old forms of a text link
// become <TextLink> (src/components/text-link.tsx):
//   - <NextLink className="ds-link …" …> (any local name of next/link's default import);
//   - <a className="ds-link …" …> and Designsystemet's <Link href=…> (a plain <a class="ds-link">);
//   - <Link asChild><NextLink …>…</NextLink></Link> (Designsystemet's Link around one link).
// `ds-link` leaves the class list (other classes stay; a conditional class keeps its condition).
// A former <a> keeps loading as a whole document: it gets `native`, unless it is an in-page
// anchor (#…) or a download, which TextLink renders as <a> anyway. The TextLink import is added,
// and the next/link and Designsystemet `Link` imports are dropped where nothing uses them any more,
// as is an `eslint-disable-next-line @next/next/no-html-link-for-pages` above a rewritten <a>.
// A class list it cannot read (ds-link built at run time) is printed and left for a person.
// Running it twice changes nothing the second time; files it has never seen are handled like
// the rest. Ends with prettier on the files it changed. Check afterwards: npx tsc --noEmit, lint.
// Usage: tsx scripts/links-codemod.ts [--dry-run]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "..");
const DRY = process.argv.includes("--dry-run");
const COMPONENT = "src/components/text-link.tsx";
const IMPORT = 'import { TextLink } from "@/components/text-link";';
const TOKEN = /(^|\s)ds-link(?=\s|$)/;

type Edit = { start: number; end: number; text: string };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated") return [];
    return statSync(full).isDirectory() ? walk(full) : name.endsWith(".tsx") ? [full] : [];
  });
}

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

/** Local names of next/link's default import and of Designsystemet's `Link`. */
function linkImports(source: ts.SourceFile) {
  const next = new Set<string>();
  let ds: string | null = null;
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.importClause) continue;
    const from = st.moduleSpecifier.text;
    if (from === "next/link" && st.importClause.name) next.add(st.importClause.name.text);
    const named = st.importClause.namedBindings;
    if (from === "@/components/ds" && named && ts.isNamedImports(named)) {
      for (const el of named.elements) if ((el.propertyName ?? el.name).text === "Link" && !st.importClause.isTypeOnly && !el.isTypeOnly) ds = el.name.text;
    }
  }
  return { next, ds };
}

/** A class expression without the ds-link token: new source text, "" for nothing left, or null when it cannot be read. */
function stripClass(expr: ts.Expression, source: ts.SourceFile): string | null {
  if (ts.isParenthesizedExpression(expr)) return stripClass(expr.expression, source);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
    const rest = expr.text.replace(TOKEN, " ").trim().replace(/\s+/g, " ");
    return rest ? JSON.stringify(rest) : "";
  }
  if (ts.isTemplateExpression(expr)) {
    if (!TOKEN.test(expr.head.text) && !expr.head.text.startsWith("ds-link")) return expr.getText(source);
    const head = expr.head.text.replace(TOKEN, " ").trimStart();
    const spans = expr.templateSpans;
    const [only] = spans;
    // `ds-link ${x}` → x
    if (!head && spans.length === 1 && only && !only.literal.text) return only.expression.getText(source);
    return "`" + head + spans.map((s) => "${" + s.expression.getText(source) + "}" + s.literal.rawText).join("") + "`";
  }
  if (ts.isConditionalExpression(expr)) {
    const yes = stripClass(expr.whenTrue, source);
    const no = stripClass(expr.whenFalse, source);
    if (yes === null || no === null) return null;
    return `${expr.condition.getText(source)} ? ${yes || "undefined"} : ${no || "undefined"}`;
  }
  return null;
}

/** Whether a class attribute holds the ds-link token anywhere in its literal text. */
const classHasToken = (attr: ts.JsxAttribute) => /\bds-link\b/.test(attr.initializer?.getText() ?? "");

const attrsOf = (el: ts.JsxOpeningLikeElement) => el.attributes.properties;
const named = (el: ts.JsxOpeningLikeElement, name: string) =>
  attrsOf(el).find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && ts.isIdentifier(a.name) && a.name.text === name);

/** An in-page anchor: href "#…" or `#${…}`. */
function isAnchor(el: ts.JsxOpeningLikeElement): boolean {
  const init = named(el, "href")?.initializer;
  if (!init) return false;
  const expr = ts.isJsxExpression(init) ? init.expression : init;
  if (!expr) return false;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text.startsWith("#");
  return ts.isTemplateExpression(expr) && expr.head.text.startsWith("#");
}

/**
 * The attributes of the new <TextLink> from an old link element: ds-link out of the class, and
 * `native` for a former plain <a> that is no anchor or download. Null when the class cannot be read.
 */
function linkAttributes(el: ts.JsxOpeningLikeElement, source: ts.SourceFile, plain: boolean, extra: string[] = []): string[] | null {
  const out: string[] = [...extra];
  for (const attr of attrsOf(el)) {
    if (ts.isJsxAttribute(attr) && ts.isIdentifier(attr.name) && attr.name.text === "className" && attr.initializer) {
      const expr = ts.isJsxExpression(attr.initializer) ? attr.initializer.expression : attr.initializer;
      const rest = expr ? stripClass(expr, source) : null;
      if (rest === null) return null;
      if (rest) out.push(`className=${rest.startsWith('"') ? rest : `{${rest}}`}`);
      continue;
    }
    out.push(attr.getText(source));
  }
  if (plain && !isAnchor(el) && !named(el, "download") && !named(el, "native")) out.push("native");
  return out;
}

const open = (attrs: string[], selfClosing: boolean) => `<TextLink${attrs.length ? " " + attrs.join(" ") : ""}${selfClosing ? " />" : ">"}`;

function rewrite(file: string, text: string): { text: string; count: number; unreadable: string[] } {
  const source = parse(file, text);
  const { next, ds } = linkImports(source);
  const edits: Edit[] = [];
  const unreadable: string[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const tagOf = (el: ts.JsxOpeningLikeElement) => (ts.isIdentifier(el.tagName) ? el.tagName.text : null);
  const kind = (tag: string | null) => (tag === null ? null : next.has(tag) ? "next" : tag === "a" ? "a" : tag === ds ? "ds" : null);

  const visit = (node: ts.Node): void => {
    // <Link asChild><NextLink …>…</NextLink></Link>: one TextLink with both elements' attributes.
    if (ts.isJsxElement(node) && ds && tagOf(node.openingElement) === ds && named(node.openingElement, "asChild")) {
      const kids = node.children.filter((c) => !(ts.isJsxText(c) && !c.text.trim()));
      const inner = kids.length === 1 ? kids[0] : null;
      const innerOpen = inner && ts.isJsxElement(inner) ? inner.openingElement : inner && ts.isJsxSelfClosingElement(inner) ? inner : null;
      const innerKind = innerOpen ? kind(tagOf(innerOpen)) : null;
      if (!inner || !innerOpen || (innerKind !== "next" && innerKind !== "a")) {
        unreadable.push(`${where(node)} <${ds} asChild> around something that is not one link`);
        return;
      }
      const outer = attrsOf(node.openingElement)
        .filter((a) => !(ts.isJsxAttribute(a) && ts.isIdentifier(a.name) && a.name.text === "asChild"))
        .map((a) => a.getText(source));
      const attrs = linkAttributes(innerOpen, source, innerKind === "a", outer);
      if (!attrs) {
        unreadable.push(`${where(node)} a class list it cannot read`);
        return;
      }
      const body = ts.isJsxElement(inner) ? text.slice(inner.openingElement.getEnd(), inner.closingElement.getStart(source)) : null;
      edits.push({ start: node.getStart(source), end: node.getEnd(), text: body === null ? open(attrs, true) : `${open(attrs, false)}${body}</TextLink>` });
      return;
    }
    const el = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : null;
    const k = el ? kind(tagOf(el)) : null;
    if (el && k) {
      const cls = named(el, "className");
      const styled = k === "ds" ? !named(el, "asChild") : !!cls && classHasToken(cls);
      if (styled) {
        const attrs = linkAttributes(el, source, k !== "next");
        if (!attrs) unreadable.push(`${where(el)} a class list it cannot read`);
        else {
          edits.push({ start: el.getStart(source), end: el.getEnd(), text: open(attrs, ts.isJsxSelfClosingElement(el)) });
          if (ts.isJsxElement(node)) edits.push({ start: node.closingElement.getStart(source), end: node.closingElement.getEnd(), text: "</TextLink>" });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return { text, count: 0, unreadable };

  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // A plain <a> to a page needed next's lint rule switched off; TextLink does not.
  out = out.replace(
    /^[ \t]*(\/\/ eslint-disable-next-line @next\/next\/no-html-link-for-pages|\{\/\* eslint-disable-next-line @next\/next\/no-html-link-for-pages \*\/\})\n(?=[ \t]*<TextLink\b)/gm,
    "",
  );
  return { text: tidyImports(file, out), count: edits.filter((e) => e.text.startsWith("<TextLink")).length, unreadable };
}

/** Adds the TextLink import; drops next/link's and Designsystemet's Link where no longer used. */
function tidyImports(file: string, text: string): string {
  const source = parse(file, text);
  const used = new Map<string, number>();
  const count = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node)) used.set(node.text, (used.get(node.text) ?? 0) + 1);
    ts.forEachChild(node, count);
  };
  count(source);
  const edits: Edit[] = [];
  let lastImport = 0;
  let hasTextLink = false;
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    lastImport = st.getEnd();
    const from = st.moduleSpecifier.text;
    const clause = st.importClause;
    if (from === "@/components/text-link") hasTextLink = true;
    if (!clause) continue;
    if (from === "next/link" && clause.name && !used.get(clause.name.text) && !clause.namedBindings) {
      edits.push({ start: st.getFullStart(), end: st.getEnd(), text: "" });
    }
    const bindings = clause.namedBindings;
    if (from === "@/components/ds" && bindings && ts.isNamedImports(bindings)) {
      const keep = bindings.elements.filter((el) => !((el.propertyName ?? el.name).text === "Link" && !used.get(el.name.text)));
      if (keep.length === bindings.elements.length) continue;
      if (!keep.length && !clause.name) edits.push({ start: st.getFullStart(), end: st.getEnd(), text: "" });
      else edits.push({ start: bindings.getStart(source), end: bindings.getEnd(), text: `{ ${keep.map((el) => el.getText(source)).join(", ")} }` });
    }
  }
  if (!hasTextLink) edits.push({ start: lastImport, end: lastImport, text: `\n${IMPORT}` });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function main() {
  const files = walk(path.join(ROOT, "src")).filter((f) => path.relative(ROOT, f) !== COMPONENT);
  const changed: string[] = [];
  const unreadable: string[] = [];
  let links = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (!/ds-link|asChild|<Link\b/.test(text)) continue;
    const result = rewrite(file, text);
    unreadable.push(...result.unreadable);
    if (result.text === text) continue;
    links += result.count;
    changed.push(file);
    if (!DRY) writeFileSync(file, result.text);
  }
  if (changed.length && !DRY) {
    execFileSync(path.join(ROOT, "node_modules/.bin/prettier"), ["--write", ...changed], { cwd: ROOT, stdio: "ignore" });
  }
  console.log(`${DRY ? "would rewrite" : "rewrote"} ${links} links in ${changed.length} files`);
  for (const line of unreadable) console.log(`left for a person: ${line}`);
}

main();
