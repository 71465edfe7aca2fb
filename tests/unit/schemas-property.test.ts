// Every zod schema of every feature, fed random and hostile form posts the way the one gate
// feeds them (FormData → formDataToObject, which cleans the text → safeParse): a schema never
// throws (a throw is a 500), never accepts text that may not be stored or shown (NUL, control
// and bidi-override characters, unpaired surrogates), and every refusal is one of our message
// keys with a Norwegian text — never zod's English. Schemas are found by globbing, so a new
// schemas.ts is covered without touching this file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formDataToObject } from "@/lib/action";
import { isSecretField } from "@/lib/clean-text";
import { translateKey } from "@/lib/i18n/translator";
import "@/lib/zod-messages";

const modules = import.meta.glob<Record<string, unknown>>(["/src/features/**/schemas.ts", "/src/features/**/*-schema.ts", "/src/features/**/*-schemas.ts"], {
  eager: true,
});

type Schema = z.ZodType & { safeParse: (v: unknown) => z.ZodSafeParseResult<unknown> };
const isSchema = (v: unknown): v is Schema => typeof v === "object" && v !== null && "_zod" in v && typeof (v as Schema).safeParse === "function";

/** The field names an object schema (possibly wrapped in pipes, refinements, preprocess) reads. */
function fieldNames(schema: unknown, depth = 0): string[] {
  if (depth > 6 || typeof schema !== "object" || schema === null) return [];
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  if (def.type === "object" && def.shape) return Object.keys(def.shape as object);
  const inner = [def.in, def.innerType, def.schema, def.out, ...(Array.isArray(def.options) ? def.options : []), def.left, def.right];
  return [...new Set(inner.flatMap((s) => fieldNames(s, depth + 1)))];
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, v]) => isSchema(v))
    .map(([name, v]) => ({ id: `${file.replace("/src/features/", "")}#${name}`, schema: v as Schema, fields: fieldNames(v) })),
);

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "\u200B\u200B\u200B",
  "\u202Egnp.exe",
  "\u2066x\u2069",
  "\uFEFF",
  "\uD800",
  "x\uDC00y",
  "\u0007\u001b[31m",
  "' OR 1=1; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil.test")',
  "${7*7}{{7*7}}",
  "../../etc/passwd",
  "\r\n\r\n",
  "𝕳𝖊𝖎 👩‍👩‍👧",
  "مرحبا",
  "ש",
  "2026-02-30",
  "2026-03-29T02:30",
  "-1",
  "1e309",
  "NaN",
  "00000000-0000-0000-0000-000000000000",
  "on",
  "true",
];
// Over every limit a field has (5 000, 20 000) and over a megabyte; rare, since they are slow.
const LONG = [5_001, 20_001, 1_100_000].map((n) => "ø".repeat(n));
const hostileString = fc.oneof(
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 10 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 10 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 10 },
  { arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((a) => a.join("")), weight: 10 },
  { arbitrary: fc.constantFrom(...LONG), weight: 1 },
);

/** A form post: some of the schema's own fields (sometimes repeated), plus stray ones. */
const formPost = (fields: string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(fields.length ? fc.constantFrom(...fields) : fc.string({ maxLength: 8 }), hostileString), { maxLength: 12 }),
      fc.array(fc.tuple(fc.string({ maxLength: 8 }), hostileString), { maxLength: 2 }),
    )
    .map(([own, stray]) => {
      const fd = new FormData();
      for (const [k, v] of [...own, ...stray]) fd.append(k, v);
      return fd;
    });

// Characters that must never reach the database or a page from a form.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function* strings(value: unknown, key = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, key);
  else if (value && typeof value === "object" && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}

const PARAMS = { min: 1, max: 5000, count: 1, length: 1, maxLength: 1, minLength: 1 };
function englishOrMissing(key: string): string | null {
  const text = translateKey("nb", key, PARAMS);
  if (text === key) return `no Norwegian text for ${JSON.stringify(key)}`;
  if (/invalid input|expected|required|too (big|small)|must be/i.test(text)) return `English text for ${key}: ${text}`;
  return null;
}

describe("every feature schema under random and hostile form posts", () => {
  it("finds the schemas (a glob that finds nothing would prove nothing)", () => {
    expect(schemas.length).toBeGreaterThan(60);
    expect(Object.keys(modules).length).toBeGreaterThan(20);
  });

  it.each(schemas.map((s) => [s.id, s] as const))("%s", (_id, { schema, fields }) => {
    fc.assert(
      fc.property(formPost(fields), (fd) => {
        const { input } = formDataToObject(fd);
        const result = schema.safeParse(input);
        if (result.success) {
          for (const [key, text] of strings(result.data)) if (!isSecretField(key)) expect(text).not.toMatch(FORBIDDEN);
        } else {
          for (const issue of result.error.issues) expect(englishOrMissing(issue.message)).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each(schemas.map((s) => [s.id, s] as const))("%s: any JSON value, not only form posts, is refused with our keys", (_id, { schema }) => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (value) => {
        const result = schema.safeParse(value);
        if (!result.success) for (const issue of result.error.issues) expect(englishOrMissing(issue.message)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});
