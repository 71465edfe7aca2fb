// Client authentication with a certificate (private_key_jwt), which Entra ID prefers to a
// client secret: Medvirk signs a short JWT assertion with its private key, and Entra finds the
// certificate it was registered with by the thumbprint in the JWT header (x5t#S256, and the
// older SHA-1 x5t). Read and checked once per configuration: the key must be an RSA private
// key (PS256, as Entra asks), and a certificate given must belong to it — every mistake is a
// start-up error naming the variable, never a refused sign-in that nobody can explain.
import { createHash, createPrivateKey, createPublicKey, webcrypto, X509Certificate, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

export type ClientCredential =
  | { kind: "secret"; secret: string }
  | {
      kind: "key";
      /** PKCS#8 DER of the private key (imported for signing when first used). */
      pkcs8: Buffer;
      /** base64url SHA-1 thumbprint of the certificate (JWT header `x5t`), when known. */
      x5t?: string;
      /** base64url SHA-256 thumbprint of the certificate (JWT header `x5t#S256`), when known. */
      x5tS256?: string;
    };

type KeyCredential = Extract<ClientCredential, { kind: "key" }>;

const parsed = new Map<string, KeyCredential>();
const PEM = /-----BEGIN [A-Z0-9 ]+-----/;
const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** A PEM value itself, or the path of a file holding it. */
function pemOrFile(variable: string, value: string): string {
  if (PEM.test(value)) return value.replace(/\\n/g, "\n");
  try {
    return readFileSync(value, "utf8");
  } catch {
    throw new Error(`${variable}: not PEM text and not a readable file (${value})`);
  }
}

const b64u = (buffer: Buffer) => buffer.toString("base64url");

function thumbprints(variable: string, raw: string): { x5t?: string; x5tS256?: string } {
  const hex = raw.replace(/[\s:]/g, "").toLowerCase();
  if (/^[0-9a-f]{40}$/.test(hex)) return { x5t: b64u(Buffer.from(hex, "hex")) };
  if (/^[0-9a-f]{64}$/.test(hex)) return { x5tS256: b64u(Buffer.from(hex, "hex")) };
  throw new Error(`${variable}_CERT_THUMBPRINT: a SHA-1 (40 hex digits, as the Azure portal shows) or SHA-256 (64 hex digits) thumbprint`);
}

/**
 * The credential from `<prefix>_KEY` (PEM or a file; may also hold the certificate),
 * `<prefix>_CERT` (PEM or a file) or `<prefix>_CERT_THUMBPRINT` (hex). Throws on any mistake.
 */
export function clientKeyCredential(prefix: string, key: string, cert?: string, thumbprint?: string): KeyCredential {
  const memo = `${prefix}\0${key}\0${cert ?? ""}\0${thumbprint ?? ""}`;
  const known = parsed.get(memo);
  if (known) return known;

  const keyPem = pemOrFile(`${prefix}_KEY`, key);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(keyPem);
  } catch {
    throw new Error(`${prefix}_KEY: no unencrypted PEM private key found (PKCS#8 "BEGIN PRIVATE KEY" or "BEGIN RSA PRIVATE KEY")`);
  }
  if (privateKey.asymmetricKeyType !== "rsa") {
    throw new Error(`${prefix}_KEY: an RSA key is needed (Entra ID takes RS256/PS256 client assertions), not ${privateKey.asymmetricKeyType}`);
  }

  const certPem = cert ? pemOrFile(`${prefix}_CERT`, cert) : CERT_BLOCK.exec(keyPem)?.[0];
  let prints: { x5t?: string; x5tS256?: string };
  if (certPem) {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(certPem);
    } catch {
      throw new Error(`${prefix}_CERT: not a PEM X.509 certificate`);
    }
    const ours = createPublicKey(privateKey).export({ type: "spki", format: "der" });
    if (!certificate.publicKey.export({ type: "spki", format: "der" }).equals(ours)) {
      throw new Error(`${prefix}_CERT: the certificate does not belong to ${prefix}_KEY (another key pair)`);
    }
    prints = { x5t: b64u(createHash("sha1").update(certificate.raw).digest()), x5tS256: b64u(createHash("sha256").update(certificate.raw).digest()) };
  } else if (thumbprint) {
    prints = thumbprints(prefix, thumbprint);
  } else {
    throw new Error(`${prefix}_CERT (the certificate uploaded to the app registration) or ${prefix}_CERT_THUMBPRINT is required with ${prefix}_KEY`);
  }

  const credential: KeyCredential = { kind: "key", pkcs8: privateKey.export({ type: "pkcs8", format: "der" }), ...prints };
  parsed.set(memo, credential);
  return credential;
}

const imported = new WeakMap<Buffer, Promise<CryptoKey>>();

/** The private key as a WebCrypto RSA-PSS key (oauth4webapi signs PS256 with it). */
export function signingKey(credential: KeyCredential): Promise<CryptoKey> {
  let key = imported.get(credential.pkcs8);
  if (!key) {
    key = webcrypto.subtle.importKey("pkcs8", credential.pkcs8, { name: "RSA-PSS", hash: "SHA-256" }, false, ["sign"]) as Promise<CryptoKey>;
    imported.set(credential.pkcs8, key);
  }
  return key;
}
