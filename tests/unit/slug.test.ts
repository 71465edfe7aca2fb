import { describe, expect, it } from "vitest";
import { firstFreeSlug, SLUG_PATTERN, slugify } from "@/lib/slug";

describe("slugs from Norwegian titles", () => {
  it("turns æ, ø and å into ae, o and a, and drops other accents", () => {
    expect(slugify("Bærekraftig økonomi på Åssiden")).toBe("baerekraftig-okonomi-pa-assiden");
    expect(slugify("Café – «Møteplass» 2026!")).toBe("cafe-moteplass-2026");
    expect(slugify("ÆØÅ")).toBe("aeoa");
  });

  it("never starts or ends with a hyphen, even when cut to length", () => {
    const slug = slugify("a ".repeat(60), 9);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.length).toBeLessThanOrEqual(9);
    expect(slugify("   ---   ")).toBe("");
  });

  it("picks the first free of base, base-2, base-3…", () => {
    expect(firstFreeSlug("demre", [])).toBe("demre");
    expect(firstFreeSlug("demre", ["demre", "demre-2", "demre-4"])).toBe("demre-3");
  });
});
