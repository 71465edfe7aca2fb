// Issue #21 configuration and the form setting: SSO is off until its variables are set, the
// group→role map is strict, ID-porten refuses to run without an identity key, and the form
// builder's «Innlogging med ID-porten» defaults to optional and takes only the three levels.
import { describe, expect, it } from "vitest";
import { entraConfig, idPortenConfig } from "@/features/sso/config";
import { saveFormSchema } from "@/features/forms/builder/schemas";
import { seal, unseal } from "@/features/sso/sealed";

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";

const entra = { MEDVIRK_ENTRA_ISSUER: "https://login.microsoftonline.com/t/v2.0", MEDVIRK_ENTRA_CLIENT_ID: "c", MEDVIRK_ENTRA_CLIENT_SECRET: "s" };

describe("SSO configuration", () => {
  it("is off until issuer, client id and secret are all set", () => {
    expect(entraConfig({})).toBeNull();
    expect(entraConfig({ ...entra, MEDVIRK_ENTRA_CLIENT_SECRET: "" })).toBeNull();
    expect(entraConfig({ ...entra, MEDVIRK_MUNICIPALITY: "Drammen kommune" })).toMatchObject({ label: "Drammen kommune", passwordsOff: false, allowedDomains: [] });
  });

  it("reads allowed domains and a strict group→role map", () => {
    const c = entraConfig({ ...entra, MEDVIRK_ENTRA_ALLOWED_DOMAINS: "@Drammen.Kommune.no, x.no", MEDVIRK_ENTRA_GROUP_ROLES: "g1=admin, g2=POLITICIAN", MEDVIRK_STAFF_PASSWORDS: "off" })!;
    expect(c.allowedDomains).toEqual(["drammen.kommune.no", "x.no"]);
    expect([...c.groupRoles]).toEqual([["g1", "ADMIN"], ["g2", "POLITICIAN"]]);
    expect(c.passwordsOff).toBe(true);
    expect(() => entraConfig({ ...entra, MEDVIRK_ENTRA_GROUP_ROLES: "g1=OWNER" })).toThrow(/MEDVIRK_ENTRA_GROUP_ROLES/);
  });

  it("ID-porten needs a long identity key", () => {
    const idp = { MEDVIRK_IDPORTEN_ISSUER: "https://idporten.no", MEDVIRK_IDPORTEN_CLIENT_ID: "c", MEDVIRK_IDPORTEN_CLIENT_SECRET: "s" };
    expect(() => idPortenConfig(idp)).toThrow(/MEDVIRK_CITIZEN_ID_KEY/);
    expect(idPortenConfig({ ...idp, MEDVIRK_CITIZEN_ID_KEY: "k".repeat(32) })).toMatchObject({ scope: "openid" });
  });
});

describe("sealed values", () => {
  it("open only for their own purpose and before they expire", () => {
    const v = seal("a", { x: 1 }, 60, 1_000_000);
    expect(unseal("a", v, 1_000_001)).toEqual({ x: 1 });
    expect(unseal("b", v, 1_000_001)).toBeNull();
    expect(unseal("a", v, 1_000_000 + 61_000)).toBeNull();
  });
});

describe("the form's ID-porten setting", () => {
  const base = { processId: "00000000-0000-4000-8000-000000000000", titleNb: "Skjema", introNb: "", titleNn: "", introNn: "", titleEn: "", introEn: "", languages: "", phaseId: "", activityId: "", opensAt: "", closesAt: "", slug: "" };
  it("is optional when not sent, takes SUBSTANTIAL and HIGH, and refuses anything else", () => {
    expect(saveFormSchema.parse(base).citizenSignIn).toBe("OPTIONAL");
    expect(saveFormSchema.parse({ ...base, citizenSignIn: "HIGH" }).citizenSignIn).toBe("HIGH");
    expect(saveFormSchema.safeParse({ ...base, citizenSignIn: "ALWAYS" }).success).toBe(false);
  });
});
