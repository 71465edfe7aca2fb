// Text cleaning before any schema (src/lib/clean-text.ts) and zod's messages as i18n keys
// (src/lib/zod-messages.ts): nothing a browser can send turns into a 500, an invisible input,
// reversed text, or an English "Invalid input" in the Norwegian UI.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerSchema } from "@/features/forms/answer-schema";
import { cleanText } from "@/lib/clean-text";
import { translateKey } from "@/lib/i18n/translator";
import "@/lib/zod-messages";

describe("cleanText", () => {
  it("drops NUL and other control characters but keeps line breaks and tabs", () => {
    expect(cleanText("Flere\u0000 benker\u0007\r\nlangs\telva")).toBe("Flere benker\r\nlangs\telva");
  });

  it("drops bidi overrides and isolates (U+202E shows text reversed) but keeps RTL text and its marks", () => {
    expect(cleanText("abc\u202Efdp.exe")).toBe("abcfdp.exe");
    expect(cleanText("\u2066x\u2069")).toBe("x");
    expect(cleanText("نريد مقاعد\u200F أكثر")).toBe("نريد مقاعد\u200F أكثر");
  });

  it("text of nothing but zero-width characters and spaces becomes empty", () => {
    expect(cleanText("\u200B\u200C\u200D\u2060\uFEFF \u00A0\n")).toBe("");
    expect(cleanText("\u200Bhei\u200B")).toBe("hei");
    // ZWJ inside an emoji sequence stays.
    expect(cleanText("👩\u200D👩\u200D👧")).toBe("👩\u200D👩\u200D👧");
  });

  it("replaces unpaired surrogates and composes to NFC", () => {
    expect(cleanText("a\uD800b")).toBe("a\uFFFDb");
    expect(cleanText("a\u030A")).toBe("å");
  });
});

describe("zod's messages are our i18n keys", () => {
  const form = answerSchema(
    [
      { key: "innspill", type: "LONG_TEXT", required: true, texts: {} },
      { key: "kategori", type: "INSIGHT_CATEGORY", required: false, texts: {} },
      { key: "alder", type: "AGE_BAND", required: true, texts: {} },
      { key: "valg", type: "SINGLE_CHOICE", required: false, texts: { nb: { options: ["a", "b"] } } },
    ],
    { phaseKind: null, districtIds: [], targetGroupIds: [] },
  );

  it("an invalid choice and a missing field read as Norwegian, never English", () => {
    const result = form.safeParse({ innspill: 42, kategori: "HACKED", valg: "9" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => translateKey("nb", i.message, { min: 1, max: 1 }));
    for (const m of messages) expect(m).not.toMatch(/invalid|expected|required/i);
    expect(messages).toContain("Velg et alternativ.");
    expect(messages).toContain("Verdien er ikke gyldig. Sjekk feltet og prøv igjen.");
  });

  it("a schema without its own messages still answers with keys", () => {
    const schema = z.object({ a: z.string(), b: z.enum(["x"]), c: z.string().max(2), d: z.number() });
    const r = schema.safeParse({ b: "y", c: "long", d: "7" });
    expect(r.error!.issues.map((i) => i.message)).toEqual(["validation.required", "validation.choose", "validation.tooLong", "validation.invalid"]);
  });
});
