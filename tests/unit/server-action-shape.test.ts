// Issue #19 point 2: one shape for server actions. An action is its command plus a declared "on
// success" (src/lib/server-action.ts); every value it reads passes a zod schema. So a file
// with "use server" never reads its FormData itself (`fd.get("processId")`, a cast of
// `fd.get("handling")`…): a FormData parameter may only be handed on. Checked on the syntax
// tree (TypeScript's parser), so a new action file is covered the day it is added.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });

/** Every place a FormData parameter is read (`fd.get`, `fd.has`, `fd.entries()`, `fd["x"]`) instead of handed on. */
export function formDataReads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.type && node.type.getText(source) === "FormData") names.add(node.name.text);
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path.relative(SRC, fileName)}:${line + 1} ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const actionFiles = files(SRC).filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));

describe("server actions have one shape", () => {
  it("finds the action files", () => {
    expect(actionFiles.length).toBeGreaterThan(20);
  });

  it("no action file reads its FormData: values come through the command's schema or the action's `context` schema", () => {
    expect(actionFiles.flatMap((f) => formDataReads(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("the check sees the reads it is for", () => {
    const old = `"use server";
export async function bulk(prev: unknown, fd: FormData) {
  const kind = fd.get("handling") as BulkKind;
  return run(kind, fd);
}`;
    expect(formDataReads(path.join(SRC, "x/actions.ts"), old)).toEqual(["x/actions.ts:3 fd.get"]);
  });

  it('actions react to success only by declaring it: no `status === "success"` branch in an action file', () => {
    const branches = actionFiles.filter((f) => /status\s*[!=]==?\s*"success"/.test(readFileSync(f, "utf8"))).map((f) => path.relative(SRC, f));
    expect(branches).toEqual([]);
  });
});
