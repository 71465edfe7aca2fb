// Receipt codes citizens use to follow their input: 10 characters from a 29-character
// alphabet without look-alikes (no 0/O, 1/I/L, U/V), so 29^10 ≈ 2^48.6 codes — far beyond
// guessing — grouped as XXXXX-XXXXX to read aloud or copy from paper.
import { randomInt } from "node:crypto";

export const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const RECEIPT_LENGTH = 10;

export function receiptEntropyBits(): number {
  return RECEIPT_LENGTH * Math.log2(RECEIPT_ALPHABET.length);
}

export function generateReceiptCode(): string {
  let raw = "";
  for (let i = 0; i < RECEIPT_LENGTH; i++) raw += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** Accepts what people type (lower case, spaces, no dash); null when it cannot be a code. */
export function normalizeReceiptCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "");
  if (cleaned.length !== RECEIPT_LENGTH) return null;
  if (![...cleaned].every((c) => RECEIPT_ALPHABET.includes(c))) return null;
  return `${cleaned.slice(0, 5)}-${cleaned.slice(5)}`;
}
