// Where the app's local state lives when no DATABASE_URL is given: .data/ (git-ignored).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** MEDVIRK_DATA_DIR moves it (tests, or a second local instance). */
export const DATA_DIR = path.resolve(process.env.MEDVIRK_DATA_DIR ?? path.join(ROOT, ".data"));
export const PG_DIR = path.join(DATA_DIR, "pg");
export const LOCAL_PG_PORT = Number(process.env.MEDVIRK_PG_PORT ?? 54329);
export const LOCAL_DB = "medvirk";

/** A stable AUTH_SECRET for local use, so sessions survive restarts. */
export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
