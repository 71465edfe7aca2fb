// Issue #21 configuration and the form setting: SSO is off until its variables are set, the
// group→role map is strict, ID-porten refuses to run without an identity key, and the form
// builder's «Innlogging med ID-porten» defaults to optional and takes only the three levels.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entraConfig, idPortenConfig } from "@/features/auth/sso/config";
import { seal, unseal } from "@/features/auth/sso/sealed";
import { saveFormSchema } from "@/features/forms/builder/schemas";
import { makeClientCertificate } from "../support/client-certificate";

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";

const entra = { MEDVIRK_ENTRA_ISSUER: "https://login.microsoftonline.com/t/v2.0", MEDVIRK_ENTRA_CLIENT_ID: "c", MEDVIRK_ENTRA_CLIENT_SECRET: "s" };

describe("SSO configuration", () => {
  it("is off until issuer, client id and secret are all set", () => {
    expect(entraConfig({})).toBeNull();
    expect(entraConfig({ ...entra, MEDVIRK_ENTRA_CLIENT_SECRET: "" })).toBeNull();
    expect(entraConfig({ ...entra, MEDVIRK_MUNICIPALITY: "Drammen kommune" })).toMatchObject({
      label: "Drammen kommune",
      passwordsOff: false,
      allowedDomains: [],
    });
  });

  it("reads allowed domains and a strict group→role map", () => {
    const c = entraConfig({
      ...entra,
      MEDVIRK_ENTRA_ALLOWED_DOMAINS: "@Drammen.Kommune.no, x.no",
      MEDVIRK_ENTRA_GROUP_ROLES: "g1=admin, g2=POLITICIAN",
      MEDVIRK_STAFF_PASSWORDS: "off",
    })!;
    expect(c.allowedDomains).toEqual(["drammen.kommune.no", "x.no"]);
    expect([...c.groupRoles]).toEqual([
      ["g1", "ADMIN"],
      ["g2", "POLITICIAN"],
    ]);
    expect(c.passwordsOff).toBe(true);
    expect(() => entraConfig({ ...entra, MEDVIRK_ENTRA_GROUP_ROLES: "g1=OWNER" })).toThrow(/MEDVIRK_ENTRA_GROUP_ROLES/);
  });

  it("takes a client secret or a certificate's key, never both, and says what is missing or wrong", () => {
    const cert = makeClientCertificate();
    const other = makeClientCertificate("other");
    const keyOnly = { MEDVIRK_ENTRA_ISSUER: entra.MEDVIRK_ENTRA_ISSUER, MEDVIRK_ENTRA_CLIENT_ID: "c" };
    expect(entraConfig(keyOnly)).toBeNull();
    expect(() => entraConfig({ ...entra, MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile, MEDVIRK_ENTRA_CLIENT_CERT: cert.certFile })).toThrow(
      /MEDVIRK_ENTRA_CLIENT_SECRET or MEDVIRK_ENTRA_CLIENT_KEY.*not both/,
    );
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile })).toThrow(
      /MEDVIRK_ENTRA_CLIENT_CERT .* or MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT is required/,
    );
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: "/nowhere/client.key", MEDVIRK_ENTRA_CLIENT_CERT: cert.certFile })).toThrow(
      /MEDVIRK_ENTRA_CLIENT_KEY: not PEM text and not a readable file/,
    );
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: cert.certPem, MEDVIRK_ENTRA_CLIENT_CERT: cert.certFile })).toThrow(
      /MEDVIRK_ENTRA_CLIENT_KEY: no unencrypted PEM private key/,
    );
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile, MEDVIRK_ENTRA_CLIENT_CERT: other.certFile })).toThrow(
      /does not belong to MEDVIRK_ENTRA_CLIENT_KEY/,
    );
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile, MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT: "abc" })).toThrow(
      /THUMBPRINT: a SHA-1/,
    );
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: ec, MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT: cert.sha1Hex })).toThrow(/an RSA key is needed/);
    // One file with both the key and the certificate (as many certificate exports are).
    const both = entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: `${cert.keyPem}\n${cert.certPem}` })!;
    expect(both.credential).toMatchObject({ kind: "key", x5t: cert.x5t, x5tS256: cert.x5tS256 });
    // A thumbprint as the portal shows it (SHA-1, hex), or a SHA-256 one.
    expect(entraConfig({ ...keyOnly, MEDVIRK_ENTRA_CLIENT_KEY: cert.keyPem, MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT: cert.sha1Hex })!.credential).toEqual(
      expect.objectContaining({ x5t: cert.x5t }),
    );
    expect(entraConfig({ ...entra })!.credential).toEqual({ kind: "secret", secret: "s" });
  });

  it("asks for Graph's group permission only when groups map to roles; Graph's address can be set", () => {
    expect(entraConfig(entra)!.scope).toBe("openid profile email");
    const mapped = entraConfig({ ...entra, MEDVIRK_ENTRA_GROUP_ROLES: "g=ADMIN", MEDVIRK_ENTRA_GRAPH_URL: "http://127.0.0.1:9/" })!;
    expect(mapped.scope).toBe("openid profile email GroupMember.Read.All");
    expect(mapped.graphUrl).toBe("http://127.0.0.1:9");
    expect(entraConfig(entra)!.graphUrl).toBe("https://graph.microsoft.com");
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
  const base = {
    processId: "00000000-0000-4000-8000-000000000000",
    titleNb: "Skjema",
    introNb: "",
    titleNn: "",
    introNn: "",
    titleEn: "",
    introEn: "",
    languages: "",
    phaseId: "",
    activityId: "",
    opensAt: "",
    closesAt: "",
    slug: "",
  };
  it("is optional when not sent, takes SUBSTANTIAL and HIGH, and refuses anything else", () => {
    expect(saveFormSchema.parse(base).citizenSignIn).toBe("OPTIONAL");
    expect(saveFormSchema.parse({ ...base, citizenSignIn: "HIGH" }).citizenSignIn).toBe("HIGH");
    expect(saveFormSchema.safeParse({ ...base, citizenSignIn: "ALWAYS" }).success).toBe(false);
  });
});
