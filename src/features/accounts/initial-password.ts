// Initial passwords the administration hands to a person: 16 characters from an alphabet
// without look-alikes (no 0/o, 1/l/i), in groups of four so they can be read aloud or
// typed from paper. 31^16 ≈ 2^79 — far beyond guessing with the sign-in lock-out.
import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateInitialPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
