// What a person types, made safe to store and show before any schema sees it. Browsers and
// scripts can send what no keyboard makes: NUL (PostgreSQL refuses it in text, which used to
// turn a whole input into a 500 and lose it), other control characters, bidi overrides such as
// U+202E that make text display reversed ("Trojan Source"), unpaired surrogates, and text of
// nothing but zero-width characters that looks empty but would be stored as an input.
// Line breaks and tabs stay; left-to-right/right-to-left marks and ZWJ/ZWNJ inside text stay
// (scripts and emoji need them).

// C0 controls except tab, LF, CR; DEL; C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Embedding/override/isolate controls; U+200E/U+200F marks are kept.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Invisible at either end: whitespace, zero-width space/joiners, word joiner, BOM.
const EDGES = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

export function cleanText(value: string): string {
  return value.toWellFormed().normalize("NFC").replace(CONTROLS, "").replace(BIDI_CONTROLS, "").replace(EDGES, "");
}

/** Form fields that must reach their schema untouched (a password is whatever the person chose). */
export const isSecretField = (key: string) => /password/i.test(key);
