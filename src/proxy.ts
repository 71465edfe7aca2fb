// Runs before every request: gives it a request id (shown on error pages and written to
// logs), tells server components the current path (for the language switch), and refuses with
// a Norwegian page what Next would otherwise answer with a bare English 500 before our code
// runs: undecodable addresses (invalid percent-encoded UTF-8, NUL), oversized bodies, server-
// action posts from another origin, and multipart bodies without a boundary. The public form's
// POST handler is left to refuse its own bodies (it keeps the text; see SELF_LIMITING), and
// server-action bodies of a shape our forms never send (lib/action-post-check.ts).
import { NextResponse, type NextRequest } from "next/server";
import { actionPostOk } from "@/lib/action-post-check";
import { forbiddenPage, MISSING_KIND_HEADER, missingPage, NOT_FOUND_PATH, ownPageKind } from "@/lib/missing-pages";
import { refusalHtml, REFUSALS, type Refusal } from "@/lib/refusal-page";

// The public form and sign-in carry a few kilobytes; only staff imports need the 6 MB that
// next.config.ts allows server actions.
const PUBLIC_BODY_LIMIT = 1024 * 1024;
const BODY_LIMIT = 6 * 1024 * 1024;
const STAFF_AREAS = /^\/(admin|politiker|gruppeleder|konto)(\/|$)/;
// The public form's own POST handler reads and limits its body itself, and answers a bad one
// with the form and the text kept (features/inputs/submit/public-submit-route.ts); a page here would lose the text.
export const SELF_LIMITING = /^\/skjema\/[^/]+\/send$/;
// Route handlers that take posts; every other POST is a server action to a page.
const ROUTE_HANDLER_POSTS = /^\/(api\/|avmelding\/utfor$|skjema\/[^/]+\/send$)/;

function refuse(r: Refusal, requestId: string) {
  return new NextResponse(refusalHtml(r, requestId), {
    status: r.status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-request-id": requestId,
      "content-security-policy": contentSecurityPolicy(newNonce()),
    },
  });
}

/** Why the request is refused before routing, or null. */
export function refusalFor(method: string, rawPath: string, headers: Headers): Refusal | null {
  try {
    if (decodeURIComponent(rawPath).includes("\u0000")) return REFUSALS.badAddress;
  } catch {
    return REFUSALS.badAddress;
  }
  if (method !== "POST" || SELF_LIMITING.test(rawPath)) return null;
  const length = Number(headers.get("content-length") ?? 0);
  if (length > (STAFF_AREAS.test(rawPath) ? BODY_LIMIT : PUBLIC_BODY_LIMIT)) return REFUSALS.tooLarge;
  const type = headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type) && !/;\s*boundary=\S+/i.test(type)) return REFUSALS.badBody;
  const origin = headers.get("origin");
  if (headers.has("next-action") && origin && origin !== "null") {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    let originHost = "";
    try {
      originHost = new URL(origin).host;
    } catch {
      return REFUSALS.otherSite;
    }
    if (originHost !== host) return REFUSALS.otherSite;
  }
  return null;
}

/** A fresh nonce per request; Next reads it from the request's CSP and puts it on its own scripts. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

/**
 * The Content-Security-Policy of one response: scripts only with this request's nonce
 * ('strict-dynamic' lets those load Next's chunks; no 'unsafe-inline'), nothing from other
 * origins, no framing, <base> hijacking or plugins. Styles keep 'unsafe-inline': React and
 * Designsystemet set style attributes, and a style cannot run code. `next dev` needs eval.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * Security headers that need the request: the CSP with its nonce, and HSTS only when the
 * visitor came over https (at our reverse proxy, X-Forwarded-Proto).
 */
export function securityHeaders(url: string, headers: Headers, policy: string): Record<string, string> {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(url).protocol.replace(":", "");
  const out: Record<string, string> = { "content-security-policy": policy };
  if (proto === "https") out["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return out;
}

/**
 * A server-action post whose body Next could not decode (lib/action-post-check.ts). Reading a
 * clone leaves the body for Next (the proxy's body is buffered, up to the size checked above).
 */
async function badActionPost(request: NextRequest, rawPath: string): Promise<boolean> {
  if (request.method !== "POST" || ROUTE_HANDLER_POSTS.test(rawPath)) return false;
  const type = request.headers.get("content-type") ?? "";
  if (!request.headers.has("next-action") && !/^multipart\/form-data/i.test(type)) return false;
  try {
    return !(await actionPostOk(request.headers, Buffer.from(await request.clone().arrayBuffer())));
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const rawPath = new URL(request.url).pathname;
  const refusal = refusalFor(request.method, rawPath, request.headers);
  if (refusal) return refuse(refusal, requestId);
  if (await badActionPost(request, rawPath)) return refuse(REFUSALS.badBody, requestId);
  const policy = contentSecurityPolicy(newNonce());
  const security = securityHeaders(request.url, request.headers, policy);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next takes the nonce for its scripts from the request's CSP header.
  headers.set("content-security-policy", policy);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  // A public page whose receipt, process or form does not exist is answered by the not-found
  // page at an unmatched path (HTTP 404, rendered on the server; see src/lib/missing-pages.ts).
  // Signed-in pages send the browser to the not-found and no-access paths themselves
  // (pageNotFound/pageForbidden), naming the kind; only known kinds pass.
  const own = ownPageKind(rawPath, request.nextUrl.searchParams);
  if (own?.status === 403) {
    const page = await forbiddenPage(request);
    if (page) {
      // The page was rendered by the loopback request, under that request's nonce and CSP.
      page.headers.set("x-request-id", requestId);
      if (security["strict-transport-security"]) page.headers.set("strict-transport-security", security["strict-transport-security"]);
      return page;
    }
  }
  const missing = own ? own.kind : await missingPage(request.method, rawPath);
  headers.delete(MISSING_KIND_HEADER);
  if (missing) headers.set(MISSING_KIND_HEADER, missing);
  const response =
    missing || own ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  // The form's POST handler may answer with the form page it rendered over loopback; that page
  // carries its own nonce and CSP (public-submit-route.ts), so only HSTS is added here.
  const ownPolicy = SELF_LIMITING.test(rawPath);
  for (const [k, v] of Object.entries(security)) if (!(ownPolicy && k === "content-security-policy")) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
