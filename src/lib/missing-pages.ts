// Decides, before routing, that a public page's resource does not exist, so the proxy can
// answer with the server-rendered not-found page. A page that calls notFound() while it renders
// gets a 404 with an empty <html id="__next_error__"> body in Next 16 (React cannot catch the
// error on the server; the client draws the page), so without JavaScript the visitor saw a blank
// page. The checks mirror the pages' own queries; the pages keep their notFound() as a backstop.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { publicCached } from "@/lib/public-cache";
import { normalizeReceiptCode } from "@/lib/receipt-code";

/**
 * Which kind of resource is missing; app/not-found.tsx words its message after it.
 * "forbidden" is not a missing resource but the no-access page, sent the same way.
 */
export type MissingKind = "receipt" | "process" | "form" | "page" | "forbidden";

const VISIBLE = { in: ["PUBLISHED", "CLOSED"] as ("PUBLISHED" | "CLOSED")[] };

const CHECKS: { pattern: RegExp; kind: MissingKind; exists: (param: string) => Promise<boolean> }[] = [
  {
    pattern: /^\/kvittering\/([^/]+)\/?$/,
    kind: "receipt",
    exists: async (code) => {
      const normalized = normalizeReceiptCode(code);
      return !!normalized && !!(await db.input.findUnique({ where: { receiptCode: normalized }, select: { id: true } }));
    },
  },
  {
    pattern: /^\/prosesser\/([^/]+)(?:\/dette-har-vi-hort)?\/?$/,
    kind: "process",
    // Processes and forms from the public cache (lib/public-cache.ts): no statement of its own per page view.
    exists: async (slug) =>
      !!(await publicCached(`process-exists:${slug}`, () => db.process.findFirst({ where: { slug, status: VISIBLE }, select: { id: true } }))),
  },
  {
    pattern: /^\/skjema\/([^/]+)\/?$/,
    kind: "form",
    exists: async (slug) =>
      !!(await publicCached(`form-exists:${slug}`, () =>
        db.form.findFirst({ where: { slug, isPublished: true, process: { status: VISIBLE } }, select: { id: true } }),
      )),
  },
];

/**
 * The missing resource's kind for a GET of a public page whose resource does not exist, else
 * null (also when the database cannot answer: the page then shows its own error).
 */
export async function missingPage(method: string, pathname: string): Promise<MissingKind | null> {
  if (method !== "GET" && method !== "HEAD") return null;
  for (const check of CHECKS) {
    const match = check.pattern.exec(pathname);
    if (!match) continue;
    let param: string;
    try {
      param = decodeURIComponent(match[1]!);
    } catch {
      return null;
    }
    try {
      return (await check.exists(param)) ? null : check.kind;
    } catch {
      return null;
    }
  }
  return null;
}

// "forbidden" is accepted too: the proxy asks for the no-access page by it (forbiddenPage()).
const KINDS: readonly string[] = ["receipt", "process", "form", "forbidden"] satisfies MissingKind[];

/**
 * What the proxy does with its own two paths: the kind the not-found page words its message
 * after (from `?hva=`, only known kinds), and the status — 403 for the no-access page.
 */
export function ownPageKind(pathname: string, search: URLSearchParams): { kind: MissingKind; status?: number } | null {
  if (pathname === FORBIDDEN_PATH) return { kind: "forbidden", status: 403 };

  if (pathname !== NOT_FOUND_PATH) return null;
  const kind = search.get("hva");
  // Always a kind, so the layout gives the page its not-found title.
  return { kind: kind && KINDS.includes(kind) ? (kind as MissingKind) : "page" };
}

/** Where the proxy sends a missing page: a path no route matches, so app/not-found.tsx renders with 404. */
export const NOT_FOUND_PATH = "/__ikke-funnet";
/** The no-access page: the proxy answers it with app/not-found.tsx in its forbidden form and HTTP 403. */
export const FORBIDDEN_PATH = "/__ingen-tilgang";
export const MISSING_KIND_HEADER = "x-medvirk-missing";

/*
 * Signed-in pages: one query per page decides what exists (a process, its activity, a field
 * of its form, an evaluation the politician may write …), often with conditions only the page
 * knows, so the proxy cannot check them in advance. Instead of notFound() and forbidden() —
 * both blank without JavaScript — these pages call pageNotFound() and pageForbidden(), which
 * send the browser (a 307, which works with and without JavaScript and adds no history entry)
 * to the server-rendered not-found or no-access page. Rule: src/app and src/features use these,
 * never next/navigation's notFound()/forbidden() (eslint `no-restricted-imports`).
 */
export function pageNotFound(kind?: Exclude<MissingKind, "forbidden">): never {
  redirect(kind ? `${NOT_FOUND_PATH}?hva=${kind}` : NOT_FOUND_PATH);
}

export function pageForbidden(): never {
  redirect(FORBIDDEN_PATH);
}

/**
 * The no-access page with HTTP 403. A rewrite cannot change the status (Next keeps the 404 of
 * the unmatched path), so the proxy asks this server for the page over loopback and answers
 * with its body and 403. Should loopback fail (a server bound to one interface), the caller
 * falls back to the rewrite: the same page, with 404.
 */
export async function forbiddenPage(request: Request): Promise<Response | null> {
  const port = process.env.PORT;
  if (!port) return null;
  try {
    const inner = await fetch(`http://127.0.0.1:${port}${NOT_FOUND_PATH}?hva=forbidden`, {
      headers: { cookie: request.headers.get("cookie") ?? "", "accept-language": request.headers.get("accept-language") ?? "" },
      signal: AbortSignal.timeout(5000),
    });
    const headers = new Headers({ "content-type": inner.headers.get("content-type") ?? "text/html; charset=utf-8", "cache-control": "no-store" });
    // The page's scripts carry the loopback request's nonce; its CSP must travel with it.
    const csp = inner.headers.get("content-security-policy");
    if (csp) headers.set("content-security-policy", csp);
    return new Response(inner.body, { status: 403, headers });
  } catch {
    return null;
  }
}
