// What the proxy refuses before routing (src/proxy.ts), each with a Norwegian page instead of
// Next's bare English 500: undecodable paths, oversized bodies, cross-site action posts,
// multipart without a boundary.
import { describe, expect, it } from "vitest";
import { refusalFor } from "@/proxy";
import { REFUSALS } from "@/lib/refusal-page";

const h = (o: Record<string, string> = {}) => new Headers({ host: "medvirk.example", ...o });

describe("refusalFor", () => {
  it.each(["/skjema/%C3%28", "/kvittering/%FF%FE", "/prosesser/%E0%A4%A", "/kunnskapsgrunnlag/tema/a%00b", "/admin/innspill/%80"])("refuses the undecodable path %s", (path) => {
    expect(refusalFor("GET", path, h())).toBe(REFUSALS.badAddress);
  });

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
