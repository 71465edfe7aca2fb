// Small sealed values for cookies (the sign-in transaction, the citizen session, a staff
// sign-in ticket): AES-256-GCM with a key derived from AUTH_SECRET and a purpose, so one kind
// of value can never be replayed as another and the browser can neither read nor change them.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

function key(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required");
  return createHash("sha256").update(`medvirk:${purpose}:${secret}`).digest();
}

export function seal(purpose: string, value: unknown, ttlSeconds: number, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ v: value, e: now + ttlSeconds * 1000 }), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The value, or null when it was made for another purpose, altered, or has expired. */
export function unseal<T>(purpose: string, sealed: string | undefined | null, now = Date.now()): T | null {
  if (!sealed) return null;
  const parts = sealed.split(".");
  if (parts.length !== 3) return null;
  try {
    const [iv, tag, body] = parts.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv);
    decipher.setAuthTag(tag);
    const parsed = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as { v: T; e: number };
    return parsed.e > now ? parsed.v : null;
  } catch {
    return null;
  }
}
