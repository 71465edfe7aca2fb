// Reads and parses a form post ourselves (urlencoded and multipart), so that no body a browser
// or a script can send makes the server answer a bare 500: the stream is read up to a hard cap
// (chunked bodies included), and whatever is wrong with it (too large, broken multipart,
// invalid UTF-8, NUL) comes back as a `problem` next to the fields we could still recover, so
// the form can be shown again with the person's text in it.

export type BodyProblem = "tooLarge" | "malformed" | "encoding" | "nul" | "unsupported";

export type ParsedBody = {
  /** Field name → values in order (checkboxes and multi-choice repeat a name). */
  fields: Map<string, string[]>;
  problem: BodyProblem | null;
  /** Bytes read (at most `recoverLimit`). */
  bytes: number;
};

type Limits = {
  /** Bodies above this are refused (problem "tooLarge"), though their fields are still recovered. */
  limit: number;
  /** Reading stops here; a body cut off at this point is parsed as far as it goes. */
  recoverLimit: number;
};

/** Reads at most `recoverLimit` bytes of the body; `over` says the body was larger than `limit`. */
export async function readBody(body: ReadableStream<Uint8Array> | null, { limit, recoverLimit }: Limits): Promise<{ buf: Buffer; over: boolean }> {
  if (!body) return { buf: Buffer.alloc(0), over: false };
  const chunks: Buffer[] = [];
  let size = 0;
  let total = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (size < recoverLimit) {
        const part = Buffer.from(value.buffer, value.byteOffset, Math.min(value.byteLength, recoverLimit - size));
        chunks.push(part);
        size += part.byteLength;
      }
      if (total > recoverLimit) break; // no need to read the rest: it is refused anyway
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return { buf: Buffer.concat(chunks, size), over: total > limit };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/** Bytes as UTF-8; invalid sequences become U+FFFD and are reported. */
function decode(bytes: Uint8Array, flags: { encoding: boolean }): string {
  try {
    return utf8.decode(bytes);
  } catch {
    flags.encoding = true;
    return utf8Lenient.decode(bytes);
  }
}

function hex(c: number) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** application/x-www-form-urlencoded, decoded byte-wise so invalid UTF-8 is noticed, not silently replaced. */
function parseUrlencoded(buf: Buffer, fields: Map<string, string[]>, flags: { encoding: boolean }) {
  const out = Buffer.alloc(buf.length);
  const unescape = (start: number, end: number) => {
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c === 43)
        out[n++] = 32; // '+'
      else if (c === 37 && i + 2 < end + 0 && hex(buf[i + 1]!) >= 0 && hex(buf[i + 2]!) >= 0) {
        out[n++] = hex(buf[i + 1]!) * 16 + hex(buf[i + 2]!);
        i += 2;
      } else out[n++] = c;
    }
    return decode(out.subarray(0, n), flags);
  };
  let start = 0;
  while (start <= buf.length) {
    let end = buf.indexOf(38, start); // '&'
    if (end < 0) end = buf.length;
    if (end > start) {
      const eq = buf.indexOf(61, start); // '='
      const split = eq >= 0 && eq < end ? eq : end;
      const name = unescape(start, split);
      const value = split < end ? unescape(split + 1, end) : "";
      const list = fields.get(name);
      if (list) list.push(value);
      else fields.set(name, [value]);
    }
    start = end + 1;
  }
}

const CRLF2 = Buffer.from("\r\n\r\n");

/** multipart/form-data; returns false when the body does not follow the format (parts before the break are kept). */
function parseMultipart(buf: Buffer, boundary: string, fields: Map<string, string[]>, flags: { encoding: boolean }): boolean {
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delimiter);
  if (pos < 0) return false;
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter closes the body.
    if (buf[pos] === 45 && buf[pos + 1] === 45) return true;
    if (buf[pos] !== 13 || buf[pos + 1] !== 10) return false;
    const headerEnd = buf.indexOf(CRLF2, pos + 2);
    if (headerEnd < 0) return false;
    const headers = buf.subarray(pos + 2, headerEnd).toString("latin1");
    const next = buf.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) return false;
    const disposition = /content-disposition:\s*form-data\s*;([^\r\n]*)/i.exec(headers);
    if (!disposition) return false;
    const name = /(?:^|;)\s*name="([^"]*)"/i.exec(disposition[1]!)?.[1];
    if (name === undefined) return false;
    // Files have no place on this form: their names are kept, never their content.
    if (!/(?:^|;)\s*filename\*?=/i.test(disposition[1]!)) {
      const key = decode(Buffer.from(name, "latin1"), flags);
      const value = decode(buf.subarray(headerEnd + 4, next), flags);
      const list = fields.get(key);
      if (list) list.push(value);
      else fields.set(key, [value]);
    }
    pos = next + 2;
  }
}

/** Parses a form body read by readBody. */
export function parseFormBody(buf: Buffer, contentType: string, over: boolean): ParsedBody {
  const fields = new Map<string, string[]>();
  const flags = { encoding: false };
  let problem: BodyProblem | null = null;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded" || (type === "" && buf.length === 0)) {
    parseUrlencoded(buf, fields, flags);
  } else if (type === "multipart/form-data") {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b || b.length > 200 || !parseMultipart(buf, b, fields, flags)) problem = "malformed";
  } else {
    problem = "unsupported";
  }
  if (over) problem = "tooLarge";
  else if (!problem && flags.encoding) problem = "encoding";
  else if (!problem && [...fields.entries()].some(([k, vs]) => k.includes("\u0000") || vs.some((v) => v.includes("\u0000")))) problem = "nul";
  return { fields, problem, bytes: buf.length };
}
