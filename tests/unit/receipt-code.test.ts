import { describe, expect, it } from "vitest";
import { generateReceiptCode, normalizeReceiptCode, RECEIPT_ALPHABET, receiptEntropyBits } from "@/lib/receipt-code";

describe("receipt codes", () => {
  it("carry at least 40 bits of entropy", () => {
    expect(receiptEntropyBits()).toBeGreaterThanOrEqual(40);
  });

  it("never use characters people confuse", () => {
    for (const c of "01OILUV") expect(RECEIPT_ALPHABET).not.toContain(c);
    for (let i = 0; i < 500; i++) expect(generateReceiptCode()).toMatch(/^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$/);
  });

  it("do not repeat in 20,000 draws and use the whole alphabet", () => {
    const codes = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const code = generateReceiptCode();
      codes.add(code);
      for (const c of code.replace("-", "")) seen.add(c);
    }
    expect(codes.size).toBe(20_000);
    expect(seen.size).toBe(RECEIPT_ALPHABET.length);
  });

  it("accept what people type and reject what cannot be a code", () => {
    const code = generateReceiptCode();
    expect(normalizeReceiptCode(code.toLowerCase().replace("-", " "))).toBe(code);
    expect(normalizeReceiptCode(` ${code.replace("-", "")} `)).toBe(code);
    expect(normalizeReceiptCode("ABCDE-FGHJ")).toBeNull();
    expect(normalizeReceiptCode("ABCDE-FGHJ0")).toBeNull();
    expect(normalizeReceiptCode("OOOOO-IIIII")).toBeNull();
  });
});
