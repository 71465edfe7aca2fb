// What the proxy refuses before routing (src/proxy.ts), each with a Norwegian page instead of
// Next's bare English 500: undecodable paths, oversized bodies, cross-site action posts,
// multipart without a boundary.
import { describe, expect, it } from "vitest";
import { REFUSALS } from "@/lib/refusal-page";
import { contentSecurityPolicy, newNonce, refusalFor, securityHeaders } from "@/proxy";

const h = (o: Record<string, string> = {}) => new Headers({ host: "medvirk.example", ...o });

describe("refusalFor", () => {
  it.each(["/skjema/%C3%28", "/kvittering/%FF%FE", "/prosesser/%E0%A4%A", "/kunnskapsgrunnlag/tema/a%00b", "/admin/innspill/%80"])(
    "refuses the undecodable path %s",
    (path) => {
      expect(refusalFor("GET", path, h())).toBe(REFUSALS.badAddress);
    },
  );

  it("lets ordinary paths through, encoded Norwegian letters included", () => {
    for (const path of ["/", "/skjema/demre-innspill", "/prosesser/%C3%A6rlig", "/kvittering/ABCDE-23456"]) expect(refusalFor("GET", path, h())).toBeNull();
  });

  it("refuses bodies over 1 MB on public pages and over 6 MB in staff areas", () => {
    expect(refusalFor("POST", "/skjema/demre-innspill", h({ "content-length": String(7 * 1024 * 1024) }))).toBe(REFUSALS.tooLarge);
    expect(refusalFor("POST", "/logg-inn", h({ "content-length": String(20 * 1024 * 1024) }))).toBe(REFUSALS.tooLarge);
    expect(refusalFor("POST", "/skjema/demre-innspill", h({ "content-length": "20000" }))).toBeNull();
    expect(refusalFor("POST", "/admin/innspill/import", h({ "content-length": String(3 * 1024 * 1024) }))).toBeNull();
    expect(refusalFor("POST", "/admin/innspill/import", h({ "content-length": String(7 * 1024 * 1024) }))).toBe(REFUSALS.tooLarge);
  });

  it("refuses a server action posted from another origin, not one from this site", () => {
    const action = { "next-action": "abc", "content-type": "multipart/form-data; boundary=x" };
    expect(refusalFor("POST", "/logg-inn", h({ ...action, origin: "https://evil.example" }))).toBe(REFUSALS.otherSite);
    expect(refusalFor("POST", "/logg-inn", h({ ...action, origin: "not a url" }))).toBe(REFUSALS.otherSite);
    expect(refusalFor("POST", "/logg-inn", h({ ...action, origin: "https://medvirk.example" }))).toBeNull();
    expect(refusalFor("POST", "/logg-inn", h({ ...action, origin: "https://proxy.example", "x-forwarded-host": "proxy.example" }))).toBeNull();
  });

  it("refuses multipart without a boundary", () => {
    expect(refusalFor("POST", "/skjema/x", h({ "content-type": "multipart/form-data" }))).toBe(REFUSALS.badBody);
  });
});

describe("securityHeaders", () => {
  it("forbids framing everywhere and sends HSTS only over https", () => {
    const plain = securityHeaders("http://localhost:3000/", new Headers(), contentSecurityPolicy("abc"));
    expect(plain["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(
      securityHeaders("http://10.0.0.2:3000/", new Headers({ "x-forwarded-proto": "https" }), contentSecurityPolicy("abc"))["strict-transport-security"],
    ).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders("https://medvirk.example/", new Headers(), contentSecurityPolicy("abc"))["strict-transport-security"]).toBeDefined();
  });

  it("lets scripts run only with the request's nonce, never inline or from elsewhere", () => {
    const policy = contentSecurityPolicy("bm9uY2U=", false);
    const script = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("default-src 'self'");
    expect(contentSecurityPolicy("x", true)).toContain("'unsafe-eval'");
  });

  it("draws a fresh, unguessable nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => newNonce()));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64").length).toBe(18);
  });
});
