// Shared by the supervisor checks and the fault test: start `npm start`'s supervisor on its
// own ports and data folder, read its log, wait for health, and post the public form the way
// a browser without JavaScript does (multipart with the hidden server-action fields).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type Supervisor = {
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the first match of `re` in the log written after `from` (a length of output()). */
  waitFor: (re: RegExp, timeoutMs: number, from?: number) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
};

export function startSupervisor(env: Record<string, string | undefined>, opts: { echo?: boolean } = {}): Supervisor {
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: undefined, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const add = (chunk: Buffer) => {
    log += chunk.toString();
    if (opts.echo) process.stdout.write(chunk);
  };
  proc.stdout!.on("data", add);
  proc.stderr!.on("data", add);
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return {
    proc,
    output: () => log,
    exited,
    waitFor: async (re, timeoutMs, from = 0) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const m = log.slice(from).match(re);
        if (m) return m;
        if (proc.exitCode !== null) break;
        await sleep(100);
      }
      throw new Error(`supervisor log never matched ${re} within ${timeoutMs} ms. Log:\n${log.slice(-3000)}`);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function health(base: string, timeoutMs = 3000): Promise<number> {
  try {
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Seconds until /api/health answers 200, polling every 100 ms; throws after timeoutMs. */
export async function waitForHealth(base: string, timeoutMs: number, requestTimeoutMs = 3000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if ((await health(base, requestTimeoutMs)) === 200) return (Date.now() - t0) / 1000;
    await sleep(100);
  }
  throw new Error(`${base}/api/health not ok within ${timeoutMs / 1000} s`);
}

export const pidAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export type PublicForm = { hidden: [string, string][]; textField: string; action: string };

/** The no-JS form on /skjema/<slug>: where it posts, its hidden fields and the text field's name. */
export async function readPublicForm(base: string, slug: string): Promise<PublicForm> {
  const html = await (await fetch(`${base}/skjema/${slug}`)).text();
  // The submit form is the one with an idempotency key (the language switch is a form too).
  const match = [...html.matchAll(/<form([^>]*method="POST"[^>]*)>([\s\S]*?)<\/form>/gi)].find((m) => m[2]!.includes('name="idempotencyKey"'));
  if (!match) throw new Error(`no POST form on /skjema/${slug}`);
  const form = match[2]!;
  // Where a browser without JavaScript posts it (the route handler /skjema/<slug>/send).
  const action = decode(match[1]!.match(/action="([^"]*)"/)?.[1] ?? `/skjema/${slug}`);
  const hidden: [string, string][] = [];
  for (const m of form.matchAll(/<input(?=[^>]*type="hidden")[^>]*>/g)) {
    const name = m[0].match(/name="([^"]*)"/)?.[1];
    const value = m[0].match(/value="([^"]*)"/)?.[1] ?? "";
    if (name && name !== "idempotencyKey") hidden.push([decode(name), decode(value)]);
  }
  const textField = form.match(/<textarea[^>]*name="([^"]+)"/)?.[1];
  if (!textField) throw new Error("no textarea in the public form");
  return { hidden, textField, action };
}

export type PostResult = { status: number; receipt?: string; body: string };

/** Posts the form as a browser without JavaScript would. A 303 to /kvittering/<code> is a receipt. */
export async function postPublicForm(
  base: string,
  slug: string,
  form: PublicForm,
  text: string,
  idempotencyKey: string,
  opts: { timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<PostResult> {
  const body = new FormData();
  for (const [k, v] of form.hidden) body.append(k, v);
  body.append("idempotencyKey", idempotencyKey);
  body.append(form.textField, text);
  body.append("nettsted", "");
  const res = await fetch(`${base}${form.action.startsWith("/") ? form.action : `/skjema/${slug}`}`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: opts.headers,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
  });
  const html = await res.text();
  const location = res.headers.get("location") ?? "";
  const receipt = res.status === 303 ? location.match(/\/kvittering\/([A-Z2-9]{5}-[A-Z2-9]{5})/)?.[1] : undefined;
  return { status: res.status, receipt, body: html };
}
