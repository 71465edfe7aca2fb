// Entra ID client authentication with a certificate (private_key_jwt) against a real OpenID
// Connect provider that knows only the client's public key: sign-in works with the key and
// its certificate, the assertion carries what Entra ID asks for (PS256, typ JWT, the
// certificate's x5t#S256 and x5t, the token endpoint as audience), and a client signing with
// another key — or still sending a secret — is refused as a setup fault («client»).
import { constants, createPublicKey, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entraConfig, type EntraConfig } from "@/features/auth/sso/config";
import { authorizationServer, beginSignIn, clientAuthentication, completeSignIn, readTransaction } from "@/features/auth/sso/oidc-flow";
import { resolveStaffSignIn } from "@/features/auth/sso/staff-sign-in";
import { makeClientCertificate, type ClientCertificate } from "../support/client-certificate";
import { createUser } from "../support/factories";
import { signInAtProvider, startTestProvider, type TestProvider } from "../support/oidc-test-provider";

const REDIRECT = "http://localhost:3999/api/sso/entra/callback";
const CLIENT = "medvirk-entra-cert";
let idp: TestProvider;
let cert: ClientCertificate;
let stranger: ClientCertificate;

const base = () => ({ MEDVIRK_ENTRA_ISSUER: idp.issuer, MEDVIRK_ENTRA_CLIENT_ID: CLIENT });

beforeAll(async () => {
  cert = makeClientCertificate("medvirk-entra");
  stranger = makeClientCertificate("someone-else");
  idp = await startTestProvider({
    flavour: "entra",
    clientId: CLIENT,
    clientSecret: "unused",
    clientJwks: { keys: [cert.publicJwk] },
    redirectUris: [REDIRECT],
    accounts: { kim: { oid: "oid-kim", tid: "tenant-cert", email: "kim.kollega@drammen.test", email_verified: true, name: "Kim Kollega" } },
  });
});
afterAll(async () => idp?.close());

async function trip(config: EntraConfig) {
  const begun = await beginSignIn(config, { redirectUri: REDIRECT, returnTo: "/politiker" });
  const callback = await signInAtProvider(begun.url, "kim");
  return completeSignIn(config, callback, readTransaction("entra", begun.cookie), { redirectUri: REDIRECT });
}

describe("Entra ID with a certificate (private_key_jwt)", () => {
  it("signs in with the private key (a file) and its certificate (PEM text)", async () => {
    const config = entraConfig({ ...base(), MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile, MEDVIRK_ENTRA_CLIENT_CERT: cert.certPem })!;
    expect(config.credential).toMatchObject({ kind: "key", x5t: cert.x5t, x5tS256: cert.x5tS256 });
    const done = await trip(config);
    expect(done).toMatchObject({ ok: true, claims: { oid: "oid-kim", email: "kim.kollega@drammen.test" } });
    const user = await createUser("POLITICIAN", { email: "kim.kollega@drammen.test" });
    expect(done.ok && (await resolveStaffSignIn(config, done.claims))).toEqual({ ok: true, userId: user.id, created: false, linked: true });
  });

  it("works with the SHA-1 thumbprint from the Azure portal instead of the certificate", async () => {
    const config = entraConfig({ ...base(), MEDVIRK_ENTRA_CLIENT_KEY: cert.keyPem, MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT: cert.sha1Hex })!;
    expect(config.credential).toMatchObject({ kind: "key", x5t: cert.x5t });
    expect((await trip(config)).ok).toBe(true);
  });

  it("sends the assertion Entra ID asks for: PS256, typ JWT, x5t#S256 and x5t, aud = token endpoint, signed by the key", async () => {
    const config = entraConfig({ ...base(), MEDVIRK_ENTRA_CLIENT_KEY: cert.keyFile, MEDVIRK_ENTRA_CLIENT_CERT: cert.certFile })!;
    const as = await authorizationServer(config);
    const body = new URLSearchParams();
    await (
      await clientAuthentication(config, as)
    )(as, { client_id: CLIENT }, body, new Headers());
    expect(body.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    expect(body.get("client_secret")).toBeNull();
    const [h, p, s] = body.get("client_assertion")!.split(".");
    const header = JSON.parse(Buffer.from(h!, "base64url").toString());
    const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
    expect(header).toEqual({ alg: "PS256", typ: "JWT", "x5t#S256": cert.x5tS256, x5t: cert.x5t });
    expect(payload).toMatchObject({ aud: as.token_endpoint, iss: CLIENT, sub: CLIENT, jti: expect.any(String) });
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(600);
    const signedBy = (pem: string) =>
      verify(
        "sha256",
        Buffer.from(`${h}.${p}`),
        { key: createPublicKey(pem), padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
        Buffer.from(s!, "base64url"),
      );
    expect(signedBy(cert.certPem)).toBe(true);
    expect(signedBy(stranger.certPem)).toBe(false);
  });

  it("is refused by the provider when signed with another key, or when a secret is sent instead", async () => {
    const wrongKey = entraConfig({ ...base(), MEDVIRK_ENTRA_CLIENT_KEY: stranger.keyFile, MEDVIRK_ENTRA_CLIENT_CERT: stranger.certFile })!;
    const refused = await trip(wrongKey);
    expect(refused).toMatchObject({ ok: false, reason: "client" });
    expect(!refused.ok && refused.detail).toMatch(/invalid_client|client authentication/i);
    const secret = entraConfig({ ...base(), MEDVIRK_ENTRA_CLIENT_SECRET: "a-guessed-secret" })!;
    expect(await trip(secret)).toMatchObject({ ok: false, reason: "client" });
  });
});
