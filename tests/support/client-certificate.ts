// A client key pair and a self-signed certificate for it, as a municipality would upload to its
// Entra ID app registration (private_key_jwt tests). The key comes from node:crypto; the
// certificate from the openssl command line, which Node cannot make itself.
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey, generateKeyPairSync, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type ClientCertificate = {
  keyPem: string;
  certPem: string;
  /** Files holding the key and the certificate (for the "path" form of the variables). */
  keyFile: string;
  certFile: string;
  /** The public key as a JWK, registered with the test provider. */
  publicJwk: Record<string, unknown>;
  /** SHA-1 thumbprint in hex, as the Azure portal shows it. */
  sha1Hex: string;
  x5t: string;
  x5tS256: string;
};

export function makeClientCertificate(name = "medvirk-test"): ClientCertificate {
  const dir = mkdtempSync(path.join(os.tmpdir(), "medvirk-client-cert-"));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const keyFile = path.join(dir, "client.key");
  const certFile = path.join(dir, "client.crt");
  writeFileSync(keyFile, keyPem, { mode: 0o600 });
  execFileSync("openssl", ["req", "-x509", "-new", "-key", keyFile, "-subj", `/CN=${name}`, "-days", "2", "-out", certFile], { stdio: "pipe" });
  const certPem = readFileSync(certFile, "utf8");
  const raw = new X509Certificate(certPem).raw;
  const sha1 = createHash("sha1").update(raw).digest();
  return {
    keyPem,
    certPem,
    keyFile,
    certFile,
    publicJwk: { ...createPublicKey(privateKey).export({ format: "jwk" }), use: "sig" },
    sha1Hex: sha1.toString("hex").toUpperCase(),
    x5t: sha1.toString("base64url"),
    x5tS256: createHash("sha256").update(raw).digest("base64url"),
  };
}
