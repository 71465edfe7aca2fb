// The client address behind proxies (src/lib/client-address.ts): only the right end of
// X-Forwarded-For is trusted, so a client that writes its own header cannot pick its bucket.
import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, trustedProxies } from "@/lib/client-address";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("one trusted proxy: the entry it appended (the right end), whatever the client wrote before it", () => {
    expect(clientAddress(h("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(h("1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(h("9.9.9.9, 8.8.8.8, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("rotating forged first entries all land in the same bucket", () => {
    const keys = new Set(Array.from({ length: 25 }, (_, i) => clientKey(h(`10.0.0.${i}, 203.0.113.7`), 1)));
    expect(keys.size).toBe(1);
  });

  it("two trusted proxies: the second entry from the right", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(h("10.0.0.2"), 2)).toBe("10.0.0.2");
  });

  it("different citizens are different buckets; no header is 'unknown'", () => {
    expect(clientKey(h("203.0.113.7"), 1)).not.toBe(clientKey(h("203.0.113.8"), 1));
    expect(clientAddress(h(), 1)).toBe("unknown");
    expect(clientAddress(h(" , "), 1)).toBe("unknown");
    expect(clientAddress(h("2001:db8::1"), 1)).toBe("2001:db8::1");
    expect(clientAddress(h("<script>"), 1)).toBe("unknown");
  });

  it("reads TRUSTED_PROXIES, defaulting to 1 on nonsense", () => {
    expect(trustedProxies("2")).toBe(2);
    expect(trustedProxies("0")).toBe(0);
    expect(trustedProxies(undefined)).toBe(1);
    expect(trustedProxies("many")).toBe(1);
    expect(trustedProxies("-1")).toBe(1);
  });
});
