// Server-action posts are decoded by Next and React before any code of ours runs, and a body
// they cannot decode — broken multipart, a JSON argument list that is not one, a bound-argument
// list of the wrong length — used to end in a bare English 500 (and, for the last, in our action
// reading `formData.get` of something that is not a FormData). Every action here is called as
// `action(prevState, formData)` from a <form> (useActionState) or `action(formData)`, so the
// proxy checks the shape the browser sends for exactly that, and refuses anything else with a
// Norwegian 400 before Next decodes it. The shapes are React's (19) wire format for form
// actions; an upgrade that changes them fails every e2e test that submits a form. Route
// handlers that take posts (`/api/…`, the form's own handler, one-click unsubscribe) are not
// actions and are left alone by the proxy.

/**
 * How many arguments the browser sends for an action: Next's client leaves out the unused ones
 * after the last used one, and the action id's first byte says which are used (bits 6–1 for
 * the first six; next/dist/shared/lib/server-reference-info). Our actions take
 * `(prevState, formData)` or `(formData)` or nothing.
 */
function expectedArgs(actionId: string): number {
  const info = Number.parseInt(actionId.slice(0, 2), 16);
  if (!Number.isInteger(info) || info & 0x80 || info & 0x01) return -1;
  const mask = (info >> 1) & 0x3f;
  let count = 0;
  for (let i = 0; i < 6; i++) if ((mask >> (5 - i)) & 1) count = i + 1;
  return count;
}

/** The JS path: the argument list, `[]` for an action that reads none, else `[prevState?, "$K<id>"]`. */
function jsArgsOk(actionId: string, args: string | undefined): boolean {
  if (args === undefined) return false;
  try {
    const list: unknown = JSON.parse(args);
    const expected = expectedArgs(actionId);
    if (!Array.isArray(list) || list.length !== expected || expected > 2) return false;
    return expected === 0 || (typeof list.at(-1) === "string" && /^\$K[0-9a-z]+$/.test(list.at(-1) as string));
  } catch {
    return false;
  }
}

/** The no-JS path: a bound action names itself in `$ACTION_<n>:0` and its bound args (the prevState) in `$ACTION_<n>:1`. */
function noJsActionOk(fields: FormData): boolean {
  const names = [...fields.keys()];
  // Next answers a multipart post to a page that names no action with a bare English 400.
  if (!names.some((n) => n.startsWith("$ACTION_ID_") || n.startsWith("$ACTION_REF_"))) return false;
  for (const name of names) {
    const m = /^\$ACTION_(\d+):([01])$/.exec(name);
    if (!m) continue;
    try {
      const raw = fields.get(name);
      const value: unknown = JSON.parse(typeof raw === "string" ? raw : "");
      if (m[2] === "0" && (typeof value !== "object" || value === null || typeof (value as { id?: unknown }).id !== "string")) return false;
      if (m[2] === "1" && (!Array.isArray(value) || value.length !== 1)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Whether a POST that Next would decode as a server action (a `next-action` header, or a
 * multipart body to a page) has a body of the shape our forms send. The multipart is read by
 * the same parser Next's form decoding uses (undici's), so what passes here parses there.
 */
export async function actionPostOk(headers: Headers, body: Buffer): Promise<boolean> {
  const type = headers.get("content-type") ?? "";
  const actionId = headers.get("next-action");
  if (!/^multipart\/form-data/i.test(type)) {
    // An action that reads no argument is posted as the text `[]`.
    return actionId === null || jsArgsOk(actionId, body.toString("utf8"));
  }
  let fields: FormData;
  try {
    fields = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    return false;
  }
  if (actionId !== null) {
    const args = fields.get("0");
    return jsArgsOk(actionId, typeof args === "string" ? args : undefined);
  }
  return noJsActionOk(fields);
}
