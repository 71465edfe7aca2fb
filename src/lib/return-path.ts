// The one check for every "where to go next" value a visitor can set (the sign-in return
// path `tilbake`, language switch, forms' returnTo). Browsers drop tab/CR/LF inside URLs and
// read "\" as "/", so "/\t/evil.example" or "/\evil.example" become "//evil.example" — a
// different host. We refuse anything with control or invisible characters or a backslash
// (raw or percent-encoded), then resolve it against a placeholder origin exactly as a browser
// would and keep it only if it stays on that origin.
const PLACEHOLDER = "https://medvirk.invalid";

// C0/C1 controls, DEL, whitespace other than the plain space, zero-width and bidi controls.
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/u;

/** One layer of percent-decoding that never throws: invalid UTF-8 is read byte by byte. */
function decodeLayer(value: string): string {
  return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  });
}

/** Decodes until nothing changes ("%255C" → "%5C" → "\"), so no layer hides a trick. */
function decodeAll(value: string): string | null {
  let current = value;
  for (let i = 0; i < 5; i++) {
    const next = decodeLayer(current);
    if (next === current) return current;
    current = next;
  }
  return null;
}

/** A same-site path (with query and fragment) to redirect to, or `fallback`. */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || UNSAFE_CHAR.test(value)) return fallback;
  const decoded = decodeAll(value);
  if (decoded === null || UNSAFE_CHAR.test(decoded)) return fallback;
  // "//host" and "/%2F/host" are protocol-relative once decoded anywhere along the way.
  if (decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
