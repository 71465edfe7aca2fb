// The one return-path check (src/lib/return-path.ts) against the tricks browsers normalise
// into another host: tab, newline, CR, backslash, "//", "/\\", encoded forms, schemes, unicode.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/return-path";

const FALLBACK = "/hjem";

describe("safeReturnPath", () => {
  it.each([
    ["/admin", "/admin"],
    ["/politiker/aktiviteter/1?vis=alle#topp", "/politiker/aktiviteter/1?vis=alle#topp"],
    ["/admin/innspill?q=100%25", "/admin/innspill?q=100%25"],
    ["/prosesser/%C3%A6rlig", "/prosesser/%C3%A6rlig"],
    ["/søk?q=blåbær", "/s%C3%B8k?q=bl%C3%A5b%C3%A6r"],
    ["/a/../admin", "/admin"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeReturnPath(value, FALLBACK)).toBe(expected);
  });

  it.each([
    "",
    "admin",
    "//evil.example",
    "//evil.example/phish",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example/phish",
    "/%09/evil.example/phish",
    "/\n/evil.example",
    "/%0A/evil.example",
    "/\r/evil.example",
    "/%0D/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%255Cevil.example",
    "/%252F/evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\u0000/evil.example",
    "/%00/evil.example",
    "/\u00a0/evil.example",
    "/\u200b/evil.example",
    "/\u2028/evil.example",
    "/\u202e/evil.example",
    "/\ufeff/evil.example",
    "／／evil.example",
    "/%E2%80%8B/evil.example",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it("refuses an overlong value", () => {
    expect(safeReturnPath(`/${"a".repeat(3000)}`, FALLBACK)).toBe(FALLBACK);
  });

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 42, ["/admin"], { toString: () => "/admin" }]) expect(safeReturnPath(value, FALLBACK)).toBe(FALLBACK);
  });

  it("never returns a value a browser would send off the site", () => {
    // Whatever is returned, resolved the way a browser does, stays on the site's origin.
    const tricky = ["/\t/x", "/\\/x", "/./\\x", "/..//x", "/%2e%2e//x", "/x?y=//z", "/x#//z", "///x", "/.//x"];
    for (const value of tricky) {
      const out = safeReturnPath(value, FALLBACK);
      expect(new URL(out, "https://medvirk.example").origin, value).toBe("https://medvirk.example");
      expect(out.startsWith("//"), value).toBe(false);
    }
  });
});
