// Decides, before routing, that a public page's resource does not exist, so the proxy can
// answer with the server-rendered not-found page. A page that calls notFound() while it renders
// gets a 404 with an empty <html id="__next_error__"> body in Next 16 (React cannot catch the
// error on the server; the client draws the page), so without JavaScript the visitor saw a blank
// page. The checks mirror the pages' own queries; the pages keep their notFound() as a backstop.
import { db } from "@/lib/db";
import { normalizeReceiptCode } from "@/features/inputs/receipt-code";

/** Which kind of resource is missing; app/not-found.tsx words its message after it. */
export type MissingKind = "receipt" | "process" | "form";

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
    exists: async (slug) => !!(await db.process.findFirst({ where: { slug, status: VISIBLE }, select: { id: true } })),
  },
  {
    pattern: /^\/skjema\/([^/]+)\/?$/,
    kind: "form",
    exists: async (slug) =>
      !!(await db.form.findFirst({ where: { slug, isPublished: true, process: { status: VISIBLE } }, select: { id: true } })),
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

/** Where the proxy sends a missing page: a path no route matches, so app/not-found.tsx renders with 404. */
export const NOT_FOUND_PATH = "/__ikke-funnet";
export const MISSING_KIND_HEADER = "x-medvirk-missing";
