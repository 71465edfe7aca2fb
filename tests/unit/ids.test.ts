import { describe, expect, it } from "vitest";
import { isUuid } from "@/lib/ids";

describe("isUuid", () => {
  it("accepts uuids and refuses look-alikes from typed URLs", () => {
    expect(isUuid("9f428ba9-c02c-4fe4-8b8e-d63e8ef1a947")).toBe(true);
    expect(isUuid("9F428BA9-C02C-4FE4-8B8E-D63E8EF1A947")).toBe(true);
    expect(isUuid("------------------------------------")).toBe(false);
    expect(isUuid("9f428ba9c02c4fe48b8ed63e8ef1a947")).toBe(false);
    expect(isUuid("ny")).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
