// The three catalogues (messages/nb, nn, en) tell the same things: bokmål and English have
// every key, each nynorsk file covers its whole namespace (what nn lacks falls back to bokmål
// file by file), no value is a bare key, every message parses as ICU and names the same
// arguments in every language (a plural in one language is a plural in all).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../messages");
type Tree = { [key: string]: unknown };

function leaves(tree: unknown, prefix: string, out = new Map<string, unknown>()) {
  if (typeof tree === "object" && tree !== null && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree as Tree)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, tree);
  return out;
}

function catalogue(locale: string) {
  const all = new Map<string, Map<string, unknown>>();
  for (const file of readdirSync(path.join(ROOT, locale)).filter((f) => f.endsWith(".json"))) {
    const ns = file.replace(/\.json$/, "");
    all.set(ns, leaves(JSON.parse(readFileSync(path.join(ROOT, locale, file), "utf8")), ns));
  }
  return all;
}

function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag) names.add(el.value);
      if (el.type === TYPE.tag) walk(el.children);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

const nb = catalogue("nb");
const others = { en: catalogue("en"), nn: catalogue("nn") };

describe("message catalogues", () => {
  it("English has every namespace and every key bokmål has, and nothing else", () => {
    expect([...others.en.keys()].sort()).toEqual([...nb.keys()].sort());
    for (const [ns, keys] of nb) expect([...others.en.get(ns)!.keys()].sort(), ns).toEqual([...keys.keys()].sort());
  });

  // Nynorsk covers what citizens read; staff-only parts of a namespace fall back to bokmål.
  const CITIZEN_NAMESPACES = [
    "common",
    "errors.summaryTitle",
    "errors.invalid",
    "errors.notFound",
    "forms",
    "heard.public",
    "home",
    "legal",
    "process",
    "validation",
    "areas.inputCategory",
    "privacy.public",
    "privacy.validation",
    "errors.privacy",
    "mail.footer.signature",
    "mail.footer.whyCitizen",
    "mail.footer.unsubscribe",
    "mail.status",
    "mail.receipt",
    "mail.answered",
    "mail.heard",
    "mail.unsubscribe",
  ];
  it("nynorsk has no key bokmål lacks, and every key a citizen reads", () => {
    const nnKeys = new Set([...others.nn.values()].flatMap((keys) => [...keys.keys()]));
    const nbKeys = new Set([...nb.values()].flatMap((keys) => [...keys.keys()]));
    for (const key of nnKeys) expect(nbKeys.has(key), key).toBe(true);
    const missing = [...nbKeys].filter((k) => CITIZEN_NAMESPACES.some((p) => k === p || k.startsWith(`${p}.`)) && !nnKeys.has(k));
    expect(missing).toEqual([]);
  });

  it("no value is empty or a bare key", () => {
    for (const cat of [nb, others.en, others.nn]) {
      for (const keys of cat.values()) {
        for (const [key, value] of keys) {
          if (Array.isArray(value)) continue; // legal sections: lists of paragraphs
          expect(typeof value, key).toBe("string");
          const text = String(value).trim();
          expect(text, key).not.toBe("");
          expect(text, key).not.toBe(key);
          expect(text.startsWith(`${key.split(".")[0]}.`) && !/\s/.test(text), `${key}: ${text}`).toBe(false);
        }
      }
    }
  });

  it("every message parses and names the same arguments in every language", () => {
    for (const [ns, keys] of nb) {
      for (const [key, value] of keys) {
        if (typeof value !== "string") continue;
        const want = argumentsOf(value);
        for (const [locale, cat] of Object.entries(others)) {
          const other = cat.get(ns)?.get(key);
          if (typeof other !== "string") continue;
          expect(argumentsOf(other), `${locale} ${key}`).toEqual(want);
        }
      }
    }
  });

  it("English plurals carry their grammar inside the plural («one error … correct it», not «one error. Correct them»)", () => {
    const outside = (message: string) => {
      let depth = 0;
      let text = "";
      for (const ch of message) {
        if (ch === "{") depth++;
        else if (ch === "}") depth--;
        else if (depth === 0) text += ch;
      }
      return text;
    };
    for (const keys of others.en.values()) {
      for (const [key, value] of keys) {
        if (typeof value !== "string" || !/\{\s*\w+\s*,\s*plural\s*,[^{}]*one\s*\{/.test(value)) continue;
        expect(outside(value), key).not.toMatch(/\b(correct|fix|check|review|remove) them\b/i);
      }
    }
  });
});
